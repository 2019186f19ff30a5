"""`create_incident_todo`: Create an incident todo (`POST /api/v2/incidents/{incident_id}/relationships/todos`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.incidents.create_incident_todo(...)`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS, name_functions
from ...client import AsyncClient, Client, SyncClient
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
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


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
    client: SyncClient,
    body: IncidentTodoCreateRequest,
) -> Response[IncidentTodoResponse]:
    """Create an incident todo

     Create an incident todo. This endpoint requires the incident_write authorization scope.

    Args:
        incident_id (str): The UUID of the incident.
        body (IncidentTodoCreateRequest): Incident todo payload.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.AuthenticationError: The API answered 401.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.UnstableOperationError: This beta operation is not enabled on the client.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        Response[IncidentTodoResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        body=body,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    *,
    client: SyncClient,
    body: IncidentTodoCreateRequest,
) -> IncidentTodoResponse:
    """Create an incident todo

     Create an incident todo. This endpoint requires the incident_write authorization scope.

    Args:
        incident_id (str): The UUID of the incident.
        body (IncidentTodoCreateRequest): Incident todo payload.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.AuthenticationError: The API answered 401.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.UnstableOperationError: This beta operation is not enabled on the client.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

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
    client: AsyncClient,
    body: IncidentTodoCreateRequest,
) -> Response[IncidentTodoResponse]:
    """Create an incident todo

     Create an incident todo. This endpoint requires the incident_write authorization scope.

    Args:
        incident_id (str): The UUID of the incident.
        body (IncidentTodoCreateRequest): Incident todo payload.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.AuthenticationError: The API answered 401.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.UnstableOperationError: This beta operation is not enabled on the client.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        Response[IncidentTodoResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        body=body,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    *,
    client: AsyncClient,
    body: IncidentTodoCreateRequest,
) -> IncidentTodoResponse:
    """Create an incident todo

     Create an incident todo. This endpoint requires the incident_write authorization scope.

    Args:
        incident_id (str): The UUID of the incident.
        body (IncidentTodoCreateRequest): Incident todo payload.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.AuthenticationError: The API answered 401.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.UnstableOperationError: This beta operation is not enabled on the client.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

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


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
