"""`search_incidents`: Search for incidents (`GET /api/v2/incidents/search`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.incidents.search_incidents(...)`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._operations import OPERATIONS, name_functions
from ...client import AsyncClient, Client, SyncClient
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
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


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
    client: SyncClient,
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
        include (IncidentRelatedObject | Unset): Specifies which types of related objects should
            be included in the response.
        query (str): Specifies which incidents should be returned. The query can contain any
            number of incident facets joined by ANDs, along with multiple values for each of those
            facets joined by ORs. For example: `state:active AND severity:(SEV-2 OR SEV-1)`.
        sort (IncidentSearchSortOrder | Unset): Specifies the order of returned incidents.
        page_size (int | Unset): Size for a given page. The maximum allowed value is 100.
        page_offset (int | Unset): Specific offset to use as the beginning of the returned page.

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
        Response[IncidentSearchResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        query=query,
        sort=sort,
        page_size=page_size,
        page_offset=page_offset,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncClient,
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
        include (IncidentRelatedObject | Unset): Specifies which types of related objects should
            be included in the response.
        query (str): Specifies which incidents should be returned. The query can contain any
            number of incident facets joined by ANDs, along with multiple values for each of those
            facets joined by ORs. For example: `state:active AND severity:(SEV-2 OR SEV-1)`.
        sort (IncidentSearchSortOrder | Unset): Specifies the order of returned incidents.
        page_size (int | Unset): Size for a given page. The maximum allowed value is 100.
        page_offset (int | Unset): Specific offset to use as the beginning of the returned page.

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
    client: AsyncClient,
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
        include (IncidentRelatedObject | Unset): Specifies which types of related objects should
            be included in the response.
        query (str): Specifies which incidents should be returned. The query can contain any
            number of incident facets joined by ANDs, along with multiple values for each of those
            facets joined by ORs. For example: `state:active AND severity:(SEV-2 OR SEV-1)`.
        sort (IncidentSearchSortOrder | Unset): Specifies the order of returned incidents.
        page_size (int | Unset): Size for a given page. The maximum allowed value is 100.
        page_offset (int | Unset): Specific offset to use as the beginning of the returned page.

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
        Response[IncidentSearchResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        query=query,
        sort=sort,
        page_size=page_size,
        page_offset=page_offset,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
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
        include (IncidentRelatedObject | Unset): Specifies which types of related objects should
            be included in the response.
        query (str): Specifies which incidents should be returned. The query can contain any
            number of incident facets joined by ANDs, along with multiple values for each of those
            facets joined by ORs. For example: `state:active AND severity:(SEV-2 OR SEV-1)`.
        sort (IncidentSearchSortOrder | Unset): Specifies the order of returned incidents.
        page_size (int | Unset): Size for a given page. The maximum allowed value is 100.
        page_offset (int | Unset): Specific offset to use as the beginning of the returned page.

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


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
