from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.incident_related_object import IncidentRelatedObject
    from ...models.incidents_response import IncidentsResponse


OPERATION = OPERATIONS["list_incidents"]


def _get_kwargs(
    *,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if isinstance(include, str):
        raise TypeError("include must be a list of values, not a str")
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    if not isinstance(json_include, Unset):
        params["include"] = ",".join(str(item) for item in json_include)

    params["page[size]"] = page_size

    params["page[offset]"] = page_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/incidents",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> IncidentsResponse:
    if response.status_code == 200:
        from ...models.incidents_response import IncidentsResponse  # noqa: PLC0415

        try:
            parsed = IncidentsResponse.from_dict(response.json())
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[IncidentsResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: Client,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> Response[IncidentsResponse]:
    """Get a list of incidents

     Get all incidents for the user’s organization. This endpoint requires the `incident_read`
    authorization scope.

    Args:
        include (list[IncidentRelatedObject] | Unset):
        page_size (int | Unset):
        page_offset (int | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentsResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        page_size=page_size,
        page_offset=page_offset,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> IncidentsResponse:
    """Get a list of incidents

     Get all incidents for the user’s organization. This endpoint requires the `incident_read`
    authorization scope.

    Args:
        include (list[IncidentRelatedObject] | Unset):
        page_size (int | Unset):
        page_offset (int | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentsResponse
    """

    return sync_detailed(
        client=client,
        include=include,
        page_size=page_size,
        page_offset=page_offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> Response[IncidentsResponse]:
    """Get a list of incidents

     Get all incidents for the user’s organization. This endpoint requires the `incident_read`
    authorization scope.

    Args:
        include (list[IncidentRelatedObject] | Unset):
        page_size (int | Unset):
        page_offset (int | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentsResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        page_size=page_size,
        page_offset=page_offset,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> IncidentsResponse:
    """Get a list of incidents

     Get all incidents for the user’s organization. This endpoint requires the `incident_read`
    authorization scope.

    Args:
        include (list[IncidentRelatedObject] | Unset):
        page_size (int | Unset):
        page_offset (int | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            page_size=page_size,
            page_offset=page_offset,
        )
    ).parsed
