from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
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
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


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
    client: Client,
) -> Response[ActionConnectionResponse]:
    """Get an existing Action Connection

     Get an existing Action Connection

    Args:
        connection_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[ActionConnectionResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: Client,
) -> ActionConnectionResponse:
    """Get an existing Action Connection

     Get an existing Action Connection

    Args:
        connection_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
    client: Client,
) -> Response[ActionConnectionResponse]:
    """Get an existing Action Connection

     Get an existing Action Connection

    Args:
        connection_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[ActionConnectionResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: Client,
) -> ActionConnectionResponse:
    """Get an existing Action Connection

     Get an existing Action Connection

    Args:
        connection_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        ActionConnectionResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
        )
    ).parsed
