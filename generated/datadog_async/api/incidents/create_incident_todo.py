from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...models.incident_todo_create_request import IncidentTodoCreateRequest
    from ...models.incident_todo_response import IncidentTodoResponse


OPERATION = OPERATIONS["create_incident_todo"]


def _get_kwargs(
    incident_id: str,
    *,
    body: IncidentTodoCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/incidents/{incident_id}/relationships/todos".format(
            incident_id=quote(str(incident_id), safe=""),
        ),
    }

    if not isinstance(body, Unset) and not hasattr(body, "to_dict"):
        raise TypeError(f"body must be a datadog_async.models.IncidentTodoCreateRequest, not {type(body).__name__}")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> IncidentTodoResponse:
    if response.status_code == 201:
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
    *,
    client: Client,
    body: IncidentTodoCreateRequest,
) -> Response[IncidentTodoResponse]:
    """Create an incident todo

     Create an incident todo. This endpoint requires the incident_write authorization scope.

    Args:
        incident_id (str):
        body (IncidentTodoCreateRequest): Create request for an incident todo.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentTodoResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        body=body,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    *,
    client: Client,
    body: IncidentTodoCreateRequest,
) -> IncidentTodoResponse:
    """Create an incident todo

     Create an incident todo. This endpoint requires the incident_write authorization scope.

    Args:
        incident_id (str):
        body (IncidentTodoCreateRequest): Create request for an incident todo.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentTodoResponse
    """

    return sync_detailed(
        incident_id=incident_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    incident_id: str,
    *,
    client: Client,
    body: IncidentTodoCreateRequest,
) -> Response[IncidentTodoResponse]:
    """Create an incident todo

     Create an incident todo. This endpoint requires the incident_write authorization scope.

    Args:
        incident_id (str):
        body (IncidentTodoCreateRequest): Create request for an incident todo.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentTodoResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        body=body,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    *,
    client: Client,
    body: IncidentTodoCreateRequest,
) -> IncidentTodoResponse:
    """Create an incident todo

     Create an incident todo. This endpoint requires the incident_write authorization scope.

    Args:
        incident_id (str):
        body (IncidentTodoCreateRequest): Create request for an incident todo.

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
            client=client,
            body=body,
        )
    ).parsed
