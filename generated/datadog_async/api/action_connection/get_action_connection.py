"""`get_action_connection`: Get an existing Action Connection (`GET /api/v2/actions/connections/{connection_id}`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.action_connection.get_action_connection(...)`.
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
    from ...models.action_connection_response import ActionConnectionResponse


OPERATION = OPERATIONS["get_action_connection"]


def _get_kwargs(
    connection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/actions/connections/{connection_id}".format(
            connection_id=quote(str(connection_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> ActionConnectionResponse:
    if response.status_code == 200:
        from ...models.action_connection_response import ActionConnectionResponse  # noqa: PLC0415

        try:
            parsed = ActionConnectionResponse.from_dict(response.json())
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[ActionConnectionResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    connection_id: str,
    *,
    client: SyncClient,
) -> Response[ActionConnectionResponse]:
    """Get an existing Action Connection

     Get an existing Action Connection

    Args:
        connection_id (str): The ID of the action connection

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
        Response[ActionConnectionResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: SyncClient,
) -> ActionConnectionResponse:
    """Get an existing Action Connection

     Get an existing Action Connection

    Args:
        connection_id (str): The ID of the action connection

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
        ActionConnectionResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AsyncClient,
) -> Response[ActionConnectionResponse]:
    """Get an existing Action Connection

     Get an existing Action Connection

    Args:
        connection_id (str): The ID of the action connection

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
        Response[ActionConnectionResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AsyncClient,
) -> ActionConnectionResponse:
    """Get an existing Action Connection

     Get an existing Action Connection

    Args:
        connection_id (str): The ID of the action connection

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
        ActionConnectionResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
        )
    ).parsed


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
