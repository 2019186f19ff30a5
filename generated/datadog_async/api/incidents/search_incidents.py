from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.incident_related_object import IncidentRelatedObject
    from ...models.incident_search_response import IncidentSearchResponse
    from ...models.incident_search_sort_order import IncidentSearchSortOrder


OPERATION = OPERATIONS["search_incidents"]


def _get_kwargs(
    *,
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params["query"] = query

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["page[size]"] = page_size

    params["page[offset]"] = page_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/incidents/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> IncidentSearchResponse:
    if response.status_code == 200:
        from ...models.incident_search_response import IncidentSearchResponse  # noqa: PLC0415

        try:
            parsed = IncidentSearchResponse.from_dict(response.json())
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[IncidentSearchResponse]:
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
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> Response[IncidentSearchResponse]:
    """Search for incidents

     Search for incidents matching a certain query. This endpoint requires the `incident_read`
    authorization scope.

    Args:
        include (IncidentRelatedObject | Unset): Object related to an incident, that can be
            included in the response.
        query (str):
        sort (IncidentSearchSortOrder | Unset): The order of returned incidents.
        page_size (int | Unset):
        page_offset (int | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentSearchResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        query=query,
        sort=sort,
        page_size=page_size,
        page_offset=page_offset,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> IncidentSearchResponse:
    """Search for incidents

     Search for incidents matching a certain query. This endpoint requires the `incident_read`
    authorization scope.

    Args:
        include (IncidentRelatedObject | Unset): Object related to an incident, that can be
            included in the response.
        query (str):
        sort (IncidentSearchSortOrder | Unset): The order of returned incidents.
        page_size (int | Unset):
        page_offset (int | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentSearchResponse
    """

    return sync_detailed(
        client=client,
        include=include,
        query=query,
        sort=sort,
        page_size=page_size,
        page_offset=page_offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: Client,
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> Response[IncidentSearchResponse]:
    """Search for incidents

     Search for incidents matching a certain query. This endpoint requires the `incident_read`
    authorization scope.

    Args:
        include (IncidentRelatedObject | Unset): Object related to an incident, that can be
            included in the response.
        query (str):
        sort (IncidentSearchSortOrder | Unset): The order of returned incidents.
        page_size (int | Unset):
        page_offset (int | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentSearchResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        query=query,
        sort=sort,
        page_size=page_size,
        page_offset=page_offset,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
) -> IncidentSearchResponse:
    """Search for incidents

     Search for incidents matching a certain query. This endpoint requires the `incident_read`
    authorization scope.

    Args:
        include (IncidentRelatedObject | Unset): Object related to an incident, that can be
            included in the response.
        query (str):
        sort (IncidentSearchSortOrder | Unset): The order of returned incidents.
        page_size (int | Unset):
        page_offset (int | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            query=query,
            sort=sort,
            page_size=page_size,
            page_offset=page_offset,
        )
    ).parsed
