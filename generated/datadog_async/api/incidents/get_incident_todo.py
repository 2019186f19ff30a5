from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.incident_todo_response import IncidentTodoResponse


OPERATION = OPERATIONS["get_incident_todo"]


def _get_kwargs(
    incident_id: str,
    todo_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/incidents/{incident_id}/relationships/todos/{todo_id}".format(
            incident_id=quote(str(incident_id), safe=""),
            todo_id=quote(str(todo_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> IncidentTodoResponse:
    if response.status_code == 200:
        from ...models.incident_todo_response import IncidentTodoResponse  # noqa: PLC0415

        try:
            parsed = IncidentTodoResponse.from_dict(response.json())
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[IncidentTodoResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    incident_id: str,
    todo_id: str,
    *,
    client: Client,
) -> Response[IncidentTodoResponse]:
    """Get incident todo details

     Get incident todo details. This endpoint requires the incident_read authorization scope.

    Args:
        incident_id (str):
        todo_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentTodoResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        todo_id=todo_id,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    todo_id: str,
    *,
    client: Client,
) -> IncidentTodoResponse:
    """Get incident todo details

     Get incident todo details. This endpoint requires the incident_read authorization scope.

    Args:
        incident_id (str):
        todo_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentTodoResponse
    """

    return sync_detailed(
        incident_id=incident_id,
        todo_id=todo_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    incident_id: str,
    todo_id: str,
    *,
    client: Client,
) -> Response[IncidentTodoResponse]:
    """Get incident todo details

     Get incident todo details. This endpoint requires the incident_read authorization scope.

    Args:
        incident_id (str):
        todo_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentTodoResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        todo_id=todo_id,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    todo_id: str,
    *,
    client: Client,
) -> IncidentTodoResponse:
    """Get incident todo details

     Get incident todo details. This endpoint requires the incident_read authorization scope.

    Args:
        incident_id (str):
        todo_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentTodoResponse
    """

    return (
        await asyncio_detailed(
            incident_id=incident_id,
            todo_id=todo_id,
            client=client,
        )
    ).parsed
