"""`get_app`: Get app (`GET /api/v2/app-builder/apps/{app_id}`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.app_builder.get_app(...)`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS, name_functions
from ...client import AsyncClient, Client, SyncClient
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.app_builder_get_app_response import AppBuilderGetAppResponse


OPERATION = OPERATIONS["get_app"]


def _get_kwargs(
    app_id: str,
    *,
    version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/app-builder/apps/{app_id}".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AppBuilderGetAppResponse:
    if response.status_code == 200:
        from ...models.app_builder_get_app_response import AppBuilderGetAppResponse  # noqa: PLC0415

        try:
            parsed = AppBuilderGetAppResponse.from_dict(response.json())
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[AppBuilderGetAppResponse]:
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
    version: str | Unset = UNSET,
) -> Response[AppBuilderGetAppResponse]:
    """Get app

     Get the full definition of an app. This endpoint requires all of the following permissions:
    apps_run, connections_read. Note: App Builder API endpoints are still under active development and
    might change at any time.

    Args:
        app_id (str): The ID of the app to retrieve.
        version (str | Unset): The version number of the app to retrieve. If not specified, the
            latest version is returned. Version numbers start at 1 and increment with each update. The
            special values latest and deployed can be used to retrieve the latest version or the
            published version, respectively.

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
        Response[AppBuilderGetAppResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        version=version,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: SyncClient,
    version: str | Unset = UNSET,
) -> AppBuilderGetAppResponse:
    """Get app

     Get the full definition of an app. This endpoint requires all of the following permissions:
    apps_run, connections_read. Note: App Builder API endpoints are still under active development and
    might change at any time.

    Args:
        app_id (str): The ID of the app to retrieve.
        version (str | Unset): The version number of the app to retrieve. If not specified, the
            latest version is returned. Version numbers start at 1 and increment with each update. The
            special values latest and deployed can be used to retrieve the latest version or the
            published version, respectively.

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
        AppBuilderGetAppResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AsyncClient,
    version: str | Unset = UNSET,
) -> Response[AppBuilderGetAppResponse]:
    """Get app

     Get the full definition of an app. This endpoint requires all of the following permissions:
    apps_run, connections_read. Note: App Builder API endpoints are still under active development and
    might change at any time.

    Args:
        app_id (str): The ID of the app to retrieve.
        version (str | Unset): The version number of the app to retrieve. If not specified, the
            latest version is returned. Version numbers start at 1 and increment with each update. The
            special values latest and deployed can be used to retrieve the latest version or the
            published version, respectively.

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
        Response[AppBuilderGetAppResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        version=version,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AsyncClient,
    version: str | Unset = UNSET,
) -> AppBuilderGetAppResponse:
    """Get app

     Get the full definition of an app. This endpoint requires all of the following permissions:
    apps_run, connections_read. Note: App Builder API endpoints are still under active development and
    might change at any time.

    Args:
        app_id (str): The ID of the app to retrieve.
        version (str | Unset): The version number of the app to retrieve. If not specified, the
            latest version is returned. Version numbers start at 1 and increment with each update. The
            special values latest and deployed can be used to retrieve the latest version or the
            published version, respectively.

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
        AppBuilderGetAppResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            version=version,
        )
    ).parsed


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
