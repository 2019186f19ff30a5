"""The API groups (one package per group, one module per operation) and typed paging over them.

`paginate(list_incidents, client=client, page_size=100)` yields the operation's items and
`iter_pages(...)` its pages, typed per operation: the keyword arguments are the operation's own (plus
`max_items`), a sync `DatadogClient` gives an `Iterator` and an `AsyncDatadogClient` an `AsyncIterator`, and an
operation that does not page is a type error. Paged operations: `list_apps`, `list_incidents`, `search_incidents`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Protocol, overload

from .._pagination import PagedModule, iterate
from ..client import AsyncClient, SyncClient
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..models.api_error_response import APIErrorResponse
    from ..models.app_builder_app_summary import AppBuilderAppSummary
    from ..models.app_builder_list_apps_response import AppBuilderListAppsResponse
    from ..models.incident_related_object import IncidentRelatedObject, check_incident_related_object
    from ..models.incident_response_data import IncidentResponseData
    from ..models.incident_search_response import IncidentSearchResponse
    from ..models.incident_search_response_incidents_data import IncidentSearchResponseIncidentsData
    from ..models.incident_search_sort_order import IncidentSearchSortOrder, check_incident_search_sort_order
    from ..models.incidents_response import IncidentsResponse
    from ..models.jsonapi_error_response import JSONAPIErrorResponse


class ListAppsModule(Protocol):
    """The `app_builder.list_apps` module, as `paginate` and `iter_pages` take it."""

    def sync(
        self,
        *,
        client: SyncClient,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        filter_user_name: str | Unset = UNSET,
        filter_user_uuid: str | Unset = UNSET,
        filter_name: str | Unset = UNSET,
        filter_query: str | Unset = UNSET,
        filter_deployed: bool | Unset = UNSET,
        filter_tags: str | Unset = UNSET,
        filter_favorite: bool | Unset = UNSET,
        filter_self_service: bool | Unset = UNSET,
        sort: list[str] | Unset = UNSET,
    ) -> AppBuilderListAppsResponse: ...

    async def asyncio(
        self,
        *,
        client: AsyncClient,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        filter_user_name: str | Unset = UNSET,
        filter_user_uuid: str | Unset = UNSET,
        filter_name: str | Unset = UNSET,
        filter_query: str | Unset = UNSET,
        filter_deployed: bool | Unset = UNSET,
        filter_tags: str | Unset = UNSET,
        filter_favorite: bool | Unset = UNSET,
        filter_self_service: bool | Unset = UNSET,
        sort: list[str] | Unset = UNSET,
    ) -> AppBuilderListAppsResponse: ...


class ListIncidentsModule(Protocol):
    """The `incidents.list_incidents` module, as `paginate` and `iter_pages` take it."""

    def sync(
        self,
        *,
        client: SyncClient,
        include: list[IncidentRelatedObject] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
    ) -> IncidentsResponse: ...

    async def asyncio(
        self,
        *,
        client: AsyncClient,
        include: list[IncidentRelatedObject] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
    ) -> IncidentsResponse: ...


class SearchIncidentsModule(Protocol):
    """The `incidents.search_incidents` module, as `paginate` and `iter_pages` take it."""

    def sync(
        self,
        *,
        client: SyncClient,
        include: IncidentRelatedObject | Unset = UNSET,
        query: str,
        sort: IncidentSearchSortOrder | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
    ) -> IncidentSearchResponse: ...

    async def asyncio(
        self,
        *,
        client: AsyncClient,
        include: IncidentRelatedObject | Unset = UNSET,
        query: str,
        sort: IncidentSearchSortOrder | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
    ) -> IncidentSearchResponse: ...


@overload
def paginate(
    endpoint: ListAppsModule,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[AppBuilderAppSummary]: ...


@overload
def paginate(
    endpoint: ListAppsModule,
    *,
    client: SyncClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[AppBuilderAppSummary]: ...


@overload
def paginate(
    endpoint: ListIncidentsModule,
    *,
    client: AsyncClient,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[IncidentResponseData]: ...


@overload
def paginate(
    endpoint: ListIncidentsModule,
    *,
    client: SyncClient,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[IncidentResponseData]: ...


@overload
def paginate(
    endpoint: SearchIncidentsModule,
    *,
    client: AsyncClient,
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[IncidentSearchResponseIncidentsData]: ...


@overload
def paginate(
    endpoint: SearchIncidentsModule,
    *,
    client: SyncClient,
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[IncidentSearchResponseIncidentsData]: ...


def paginate(
    endpoint: PagedModule, *, client: AsyncClient | SyncClient, max_items: int | None = None, **params: Any
) -> Iterator[Any] | AsyncIterator[Any]:
    """Every item of every page of a paged operation, in order.

    `async for incident in paginate(list_incidents, client=async_client, page_size=100)`, or plain `for` with a
    `DatadogClient`. Other keyword arguments are the operation's (filters, sort, include; its offset or page
    parameter is where paging starts) and are passed to every page request. Stops at the last page, or after
    `max_items` items.

    Raises:
        TypeError: The operation does not page, or an argument has the wrong type (before sending).
        ValueError: The page size is out of the spec's bounds, or max_items < 0 (before sending).
        datadog_async.PaginationError: The API's cursor did not advance (it would loop forever).
        datadog_async.DatadogError: A page request failed, as the operation raises.
    """
    return iterate(endpoint, client, params, max_items, items=True)


@overload
def iter_pages(
    endpoint: ListAppsModule,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[AppBuilderListAppsResponse]: ...


@overload
def iter_pages(
    endpoint: ListAppsModule,
    *,
    client: SyncClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[AppBuilderListAppsResponse]: ...


@overload
def iter_pages(
    endpoint: ListIncidentsModule,
    *,
    client: AsyncClient,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[IncidentsResponse]: ...


@overload
def iter_pages(
    endpoint: ListIncidentsModule,
    *,
    client: SyncClient,
    include: list[IncidentRelatedObject] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[IncidentsResponse]: ...


@overload
def iter_pages(
    endpoint: SearchIncidentsModule,
    *,
    client: AsyncClient,
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[IncidentSearchResponse]: ...


@overload
def iter_pages(
    endpoint: SearchIncidentsModule,
    *,
    client: SyncClient,
    include: IncidentRelatedObject | Unset = UNSET,
    query: str,
    sort: IncidentSearchSortOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_offset: int | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[IncidentSearchResponse]: ...


def iter_pages(
    endpoint: PagedModule, *, client: AsyncClient | SyncClient, max_items: int | None = None, **params: Any
) -> Iterator[Any] | AsyncIterator[Any]:
    """Every page of a paged operation, as the operation returns it; same arguments and rules as `paginate`."""
    return iterate(endpoint, client, params, max_items, items=False)


__all__ = [
    "ListAppsModule",
    "ListIncidentsModule",
    "SearchIncidentsModule",
    "iter_pages",
    "paginate",
]
