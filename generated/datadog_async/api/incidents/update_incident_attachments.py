"""`update_incident_attachments`: Create, update, and delete incident attachments (`PATCH /api/v2/incidents/{incident_id}/attachments`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.incidents.update_incident_attachments(...)`.
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
    from ...models.incident_attachment_update_request import IncidentAttachmentUpdateRequest
    from ...models.incident_attachment_update_response import IncidentAttachmentUpdateResponse


OPERATION = OPERATIONS["update_incident_attachments"]


def _get_kwargs(
    incident_id: str,
    *,
    body: IncidentAttachmentUpdateRequest,
    include: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    if isinstance(include, str):
        raise TypeError("include must be a list of values, not a str")
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    if not isinstance(json_include, Unset):
        params["include"] = ",".join(str(item) for item in json_include)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/incidents/{incident_id}/attachments".format(
            incident_id=quote(str(incident_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset) and not hasattr(body, "to_dict"):
        raise TypeError(
            f"body must be a datadog_async.models.IncidentAttachmentUpdateRequest, not {type(body).__name__}"
        )
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> IncidentAttachmentUpdateResponse:
    if response.status_code == 200:
        from ...models.incident_attachment_update_response import IncidentAttachmentUpdateResponse  # noqa: PLC0415

        try:
            parsed = IncidentAttachmentUpdateResponse.from_dict(response.json())
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[IncidentAttachmentUpdateResponse]:
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
    body: IncidentAttachmentUpdateRequest,
    include: list[str] | Unset = UNSET,
) -> Response[IncidentAttachmentUpdateResponse]:
    """Create, update, and delete incident attachments

     The bulk update endpoint for creating, updating, and deleting attachments for a given incident.

    Args:
        incident_id (str): The UUID of the incident.
        include (list[str] | Unset): Specifies which types of related objects are included in the
            response.
        body (IncidentAttachmentUpdateRequest): Incident attachment payload.

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
        Response[IncidentAttachmentUpdateResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        body=body,
        include=include,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    *,
    client: SyncClient,
    body: IncidentAttachmentUpdateRequest,
    include: list[str] | Unset = UNSET,
) -> IncidentAttachmentUpdateResponse:
    """Create, update, and delete incident attachments

     The bulk update endpoint for creating, updating, and deleting attachments for a given incident.

    Args:
        incident_id (str): The UUID of the incident.
        include (list[str] | Unset): Specifies which types of related objects are included in the
            response.
        body (IncidentAttachmentUpdateRequest): Incident attachment payload.

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
        IncidentAttachmentUpdateResponse
    """

    return sync_detailed(
        incident_id=incident_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    incident_id: str,
    *,
    client: AsyncClient,
    body: IncidentAttachmentUpdateRequest,
    include: list[str] | Unset = UNSET,
) -> Response[IncidentAttachmentUpdateResponse]:
    """Create, update, and delete incident attachments

     The bulk update endpoint for creating, updating, and deleting attachments for a given incident.

    Args:
        incident_id (str): The UUID of the incident.
        include (list[str] | Unset): Specifies which types of related objects are included in the
            response.
        body (IncidentAttachmentUpdateRequest): Incident attachment payload.

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
        Response[IncidentAttachmentUpdateResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        body=body,
        include=include,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    *,
    client: AsyncClient,
    body: IncidentAttachmentUpdateRequest,
    include: list[str] | Unset = UNSET,
) -> IncidentAttachmentUpdateResponse:
    """Create, update, and delete incident attachments

     The bulk update endpoint for creating, updating, and deleting attachments for a given incident.

    Args:
        incident_id (str): The UUID of the incident.
        include (list[str] | Unset): Specifies which types of related objects are included in the
            response.
        body (IncidentAttachmentUpdateRequest): Incident attachment payload.

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
        IncidentAttachmentUpdateResponse
    """

    return (
        await asyncio_detailed(
            incident_id=incident_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
