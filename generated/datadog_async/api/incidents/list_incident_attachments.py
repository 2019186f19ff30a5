"""`list_incident_attachments`: Get a list of attachments (`GET /api/v2/incidents/{incident_id}/attachments`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.incidents.list_incident_attachments(...)`.
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
    from ...models.incident_attachments_response import IncidentAttachmentsResponse


OPERATION = OPERATIONS["list_incident_attachments"]


def _get_kwargs(
    incident_id: str,
    *,
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if isinstance(include, str):
        raise TypeError("include must be a list of values, not a str")
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    if not isinstance(json_include, Unset):
        params["include"] = ",".join(str(item) for item in json_include)

    if isinstance(filter_attachment_type, str):
        raise TypeError("filter_attachment_type must be a list of values, not a str")
    json_filter_attachment_type: list[str] | Unset = UNSET
    if not isinstance(filter_attachment_type, Unset):
        json_filter_attachment_type = filter_attachment_type

    if not isinstance(json_filter_attachment_type, Unset):
        params["filter[attachment_type]"] = ",".join(str(item) for item in json_filter_attachment_type)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/incidents/{incident_id}/attachments".format(
            incident_id=quote(str(incident_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> IncidentAttachmentsResponse:
    if response.status_code == 200:
        from ...models.incident_attachments_response import IncidentAttachmentsResponse  # noqa: PLC0415

        try:
            parsed = IncidentAttachmentsResponse.from_dict(response.json())
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[IncidentAttachmentsResponse]:
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
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> Response[IncidentAttachmentsResponse]:
    """Get a list of attachments

     Get all attachments for a given incident. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str): The UUID of the incident.
        include (list[str] | Unset): Specifies which types of related objects are included in the
            response.
        filter_attachment_type (list[str] | Unset): Specifies which types of attachments are
            included in the response.

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
        Response[IncidentAttachmentsResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        include=include,
        filter_attachment_type=filter_attachment_type,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    *,
    client: SyncClient,
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> IncidentAttachmentsResponse:
    """Get a list of attachments

     Get all attachments for a given incident. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str): The UUID of the incident.
        include (list[str] | Unset): Specifies which types of related objects are included in the
            response.
        filter_attachment_type (list[str] | Unset): Specifies which types of attachments are
            included in the response.

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
        IncidentAttachmentsResponse
    """

    return sync_detailed(
        incident_id=incident_id,
        client=client,
        include=include,
        filter_attachment_type=filter_attachment_type,
    ).parsed


async def asyncio_detailed(
    incident_id: str,
    *,
    client: AsyncClient,
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> Response[IncidentAttachmentsResponse]:
    """Get a list of attachments

     Get all attachments for a given incident. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str): The UUID of the incident.
        include (list[str] | Unset): Specifies which types of related objects are included in the
            response.
        filter_attachment_type (list[str] | Unset): Specifies which types of attachments are
            included in the response.

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
        Response[IncidentAttachmentsResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        include=include,
        filter_attachment_type=filter_attachment_type,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    *,
    client: AsyncClient,
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> IncidentAttachmentsResponse:
    """Get a list of attachments

     Get all attachments for a given incident. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str): The UUID of the incident.
        include (list[str] | Unset): Specifies which types of related objects are included in the
            response.
        filter_attachment_type (list[str] | Unset): Specifies which types of attachments are
            included in the response.

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
        IncidentAttachmentsResponse
    """

    return (
        await asyncio_detailed(
            incident_id=incident_id,
            client=client,
            include=include,
            filter_attachment_type=filter_attachment_type,
        )
    ).parsed


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
