from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...models.app_builder_update_app_request import AppBuilderUpdateAppRequest
    from ...models.app_builder_update_app_response import AppBuilderUpdateAppResponse


OPERATION = OPERATIONS["update_app"]


def _get_kwargs(
    app_id: str,
    *,
    body: AppBuilderUpdateAppRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/app-builder/apps/{app_id}".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    if not isinstance(body, Unset) and not hasattr(body, "to_dict"):
        raise TypeError(f"body must be a datadog_async.models.AppBuilderUpdateAppRequest, not {type(body).__name__}")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AppBuilderUpdateAppResponse:
    if response.status_code == 200:
        from ...models.app_builder_update_app_response import AppBuilderUpdateAppResponse  # noqa: PLC0415

        try:
            parsed = AppBuilderUpdateAppResponse.from_dict(response.json())
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[AppBuilderUpdateAppResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    app_id: str,
    *,
    client: Client,
    body: AppBuilderUpdateAppRequest,
) -> Response[AppBuilderUpdateAppResponse]:
    """Update app

     Update an existing app. This creates a new version of the app. This endpoint requires all of the
    following permissions: apps_write, connections_resolve, workflows_run. Note: App Builder API
    endpoints are still under active development and might change at any time.

    Args:
        app_id (str):
        body (AppBuilderUpdateAppRequest): A request to update an app.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[AppBuilderUpdateAppResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: Client,
    body: AppBuilderUpdateAppRequest,
) -> AppBuilderUpdateAppResponse:
    """Update app

     Update an existing app. This creates a new version of the app. This endpoint requires all of the
    following permissions: apps_write, connections_resolve, workflows_run. Note: App Builder API
    endpoints are still under active development and might change at any time.

    Args:
        app_id (str):
        body (AppBuilderUpdateAppRequest): A request to update an app.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        AppBuilderUpdateAppResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: Client,
    body: AppBuilderUpdateAppRequest,
) -> Response[AppBuilderUpdateAppResponse]:
    """Update app

     Update an existing app. This creates a new version of the app. This endpoint requires all of the
    following permissions: apps_write, connections_resolve, workflows_run. Note: App Builder API
    endpoints are still under active development and might change at any time.

    Args:
        app_id (str):
        body (AppBuilderUpdateAppRequest): A request to update an app.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[AppBuilderUpdateAppResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: Client,
    body: AppBuilderUpdateAppRequest,
) -> AppBuilderUpdateAppResponse:
    """Update app

     Update an existing app. This creates a new version of the app. This endpoint requires all of the
    following permissions: apps_write, connections_resolve, workflows_run. Note: App Builder API
    endpoints are still under active development and might change at any time.

    Args:
        app_id (str):
        body (AppBuilderUpdateAppRequest): A request to update an app.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        AppBuilderUpdateAppResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
