from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
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
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


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
    client: Client,
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> Response[IncidentAttachmentsResponse]:
    """Get a list of attachments

     Get all attachments for a given incident. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str):
        include (list[str] | Unset):
        filter_attachment_type (list[str] | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentAttachmentsResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        include=include,
        filter_attachment_type=filter_attachment_type,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    *,
    client: Client,
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> IncidentAttachmentsResponse:
    """Get a list of attachments

     Get all attachments for a given incident. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str):
        include (list[str] | Unset):
        filter_attachment_type (list[str] | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
    client: Client,
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> Response[IncidentAttachmentsResponse]:
    """Get a list of attachments

     Get all attachments for a given incident. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str):
        include (list[str] | Unset):
        filter_attachment_type (list[str] | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentAttachmentsResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        include=include,
        filter_attachment_type=filter_attachment_type,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    *,
    client: Client,
    include: list[str] | Unset = UNSET,
    filter_attachment_type: list[str] | Unset = UNSET,
) -> IncidentAttachmentsResponse:
    """Get a list of attachments

     Get all attachments for a given incident. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str):
        include (list[str] | Unset):
        filter_attachment_type (list[str] | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
