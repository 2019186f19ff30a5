"""`delete_app`: Delete app (`DELETE /api/v2/app-builder/apps/{app_id}`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.app_builder.delete_app(...)`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS, name_functions
from ...client import AsyncClient, Client, SyncClient
from ...types import Response

if TYPE_CHECKING:
    from ...models.app_builder_delete_app_response import AppBuilderDeleteAppResponse


OPERATION = OPERATIONS["delete_app"]


def _get_kwargs(
    app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/app-builder/apps/{app_id}".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AppBuilderDeleteAppResponse:
    if response.status_code == 200:
        from ...models.app_builder_delete_app_response import AppBuilderDeleteAppResponse  # noqa: PLC0415

        try:
            parsed = AppBuilderDeleteAppResponse.from_dict(response.json())
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[AppBuilderDeleteAppResponse]:
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
    client: SyncClient,
) -> Response[AppBuilderDeleteAppResponse]:
    """Delete app

     Delete a single app. This endpoint requires the apps_write permission. Note: App Builder API
    endpoints are still under active development and might change at any time.

    Args:
        app_id (str): The ID of the app to delete.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        Response[AppBuilderDeleteAppResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: SyncClient,
) -> AppBuilderDeleteAppResponse:
    """Delete app

     Delete a single app. This endpoint requires the apps_write permission. Note: App Builder API
    endpoints are still under active development and might change at any time.

    Args:
        app_id (str): The ID of the app to delete.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        AppBuilderDeleteAppResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AsyncClient,
) -> Response[AppBuilderDeleteAppResponse]:
    """Delete app

     Delete a single app. This endpoint requires the apps_write permission. Note: App Builder API
    endpoints are still under active development and might change at any time.

    Args:
        app_id (str): The ID of the app to delete.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        Response[AppBuilderDeleteAppResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AsyncClient,
) -> AppBuilderDeleteAppResponse:
    """Delete app

     Delete a single app. This endpoint requires the apps_write permission. Note: App Builder API
    endpoints are still under active development and might change at any time.

    Args:
        app_id (str): The ID of the app to delete.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        AppBuilderDeleteAppResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
        )
    ).parsed


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
