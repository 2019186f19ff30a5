from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...models.app_builder_delete_apps_request import AppBuilderDeleteAppsRequest
    from ...models.app_builder_delete_apps_response import AppBuilderDeleteAppsResponse


OPERATION = OPERATIONS["delete_apps"]


def _get_kwargs(
    *,
    body: AppBuilderDeleteAppsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/app-builder/apps",
    }

    if not isinstance(body, Unset) and not hasattr(body, "to_dict"):
        raise TypeError(f"body must be a datadog_async.models.AppBuilderDeleteAppsRequest, not {type(body).__name__}")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AppBuilderDeleteAppsResponse:
    if response.status_code == 200:
        from ...models.app_builder_delete_apps_response import AppBuilderDeleteAppsResponse  # noqa: PLC0415

        try:
            parsed = AppBuilderDeleteAppsResponse.from_dict(response.json())
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[AppBuilderDeleteAppsResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: Client,
    body: AppBuilderDeleteAppsRequest,
) -> Response[AppBuilderDeleteAppsResponse]:
    """Delete multiple apps

     Delete multiple apps in a single request from a list of app IDs. This endpoint requires the
    apps_write permission. Note: App Builder API endpoints are still under active development and might
    change at any time.

    Args:
        body (AppBuilderDeleteAppsRequest): A request to delete multiple apps.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[AppBuilderDeleteAppsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: AppBuilderDeleteAppsRequest,
) -> AppBuilderDeleteAppsResponse:
    """Delete multiple apps

     Delete multiple apps in a single request from a list of app IDs. This endpoint requires the
    apps_write permission. Note: App Builder API endpoints are still under active development and might
    change at any time.

    Args:
        body (AppBuilderDeleteAppsRequest): A request to delete multiple apps.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        AppBuilderDeleteAppsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    body: AppBuilderDeleteAppsRequest,
) -> Response[AppBuilderDeleteAppsResponse]:
    """Delete multiple apps

     Delete multiple apps in a single request from a list of app IDs. This endpoint requires the
    apps_write permission. Note: App Builder API endpoints are still under active development and might
    change at any time.

    Args:
        body (AppBuilderDeleteAppsRequest): A request to delete multiple apps.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[AppBuilderDeleteAppsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: AppBuilderDeleteAppsRequest,
) -> AppBuilderDeleteAppsResponse:
    """Delete multiple apps

     Delete multiple apps in a single request from a list of app IDs. This endpoint requires the
    apps_write permission. Note: App Builder API endpoints are still under active development and might
    change at any time.

    Args:
        body (AppBuilderDeleteAppsRequest): A request to delete multiple apps.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        AppBuilderDeleteAppsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
