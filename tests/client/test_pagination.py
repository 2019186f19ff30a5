"""paginate() and iter_pages() over MockTransport fakes of Datadog's two paging styles."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from datadog_async import UnstableOperationError, iter_pages, paginate
from datadog_async.api.app_builder import list_apps
from datadog_async.api.incidents import list_incidents, search_incidents
from datadog_async.models import AppBuilderListAppsResponse, IncidentsResponse
from helpers import make_client


class OffsetServer:
    """Datadog's incidents paging: page[size]/page[offset], meta.pagination.next_offset = offset + size."""

    def __init__(self, total: int, *, next_offset_at_end: bool = True, search: bool = False) -> None:
        self.total = total
        self.next_offset_at_end = next_offset_at_end
        self.search = search
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        size = int(request.url.params.get("page[size]", "10"))
        offset = int(request.url.params.get("page[offset]", "0"))
        items = [
            {"id": f"incident-{i}", "type": "incidents", "attributes": {"title": f"Incident {i}"}}
            for i in range(offset, min(offset + size, self.total))
        ]
        pagination: dict[str, int] = {"offset": offset, "size": size}
        if self.next_offset_at_end or offset + size < self.total:
            pagination["next_offset"] = offset + size
        if self.search:
            body: dict[str, Any] = {
                "data": {
                    "type": "incidents_search_results",
                    "attributes": {"facets": {}, "incidents": [{"data": i} for i in items], "total": self.total},
                },
                "meta": {"pagination": pagination},
            }
        else:
            body = {"data": items, "meta": {"pagination": pagination}}
        return httpx.Response(200, json=body)


def app_id(i: int) -> str:
    return f"00000000-0000-0000-0000-{i:012d}"


class PageServer:
    """App Builder's paging: limit/page (from 0), meta.page.totalFilteredCount."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        limit = int(request.url.params.get("limit", "10"))
        page = int(request.url.params.get("page", "0"))
        start = page * limit
        items = [
            {"id": app_id(i), "type": "appDefinitions", "attributes": {"name": f"App {i}"}}
            for i in range(start, min(start + limit, self.total))
        ]
        meta = {"page": {"totalCount": self.total, "totalFilteredCount": self.total}}
        return httpx.Response(200, json={"data": items, "meta": meta})


def collect(mode: str, iterable: Any) -> list[Any]:
    """Drain a paginator with ``for`` (sync) or ``async for`` (async)."""
    if mode == "sync":
        return list(iterable)

    async def drain() -> list[Any]:
        return [item async for item in iterable]

    return asyncio.run(drain())


def iterate_for(mode: str, iterable: Any) -> Iterator[Any]:
    """Items one by one, none kept: the sync iterator itself, or the async one driven step by step."""
    if mode == "sync":
        yield from iterable
        return
    loop = asyncio.new_event_loop()
    try:
        iterator = iterable.__aiter__()
        while True:
            try:
                yield loop.run_until_complete(iterator.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())  # what asyncio.run does: the client's pool closes
        loop.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def offsets(server: OffsetServer) -> list[tuple[str | None, str | None]]:
    return [(r.url.params.get("page[offset]"), r.url.params.get("page[size]")) for r in server.requests]


def test_items_across_pages_in_order_with_filters_kept(mode: str) -> None:
    server = OffsetServer(250)
    client = make_client(server, mode=mode)
    items = collect(mode, paginate(list_incidents, client=client, page_size=100, include=["users"]))
    assert [item.id for item in items] == [f"incident-{i}" for i in range(250)]
    # The short page at 200 still reports a next_offset: it is followed, to an empty page.
    assert offsets(server) == [("0", "100"), ("100", "100"), ("200", "100"), ("300", "100")]
    assert all(r.url.params["include"] == "users" for r in server.requests)


def test_an_empty_first_page_is_one_request(mode: str) -> None:
    server = OffsetServer(0)
    assert collect(mode, paginate(list_incidents, client=make_client(server, mode=mode), page_size=50)) == []
    assert len(server.requests) == 1


def test_an_exact_multiple_needs_one_empty_page_when_the_api_always_reports_a_next_offset(mode: str) -> None:
    server = OffsetServer(200)
    items = collect(mode, paginate(list_incidents, client=make_client(server, mode=mode), page_size=100))
    assert len(items) == 200
    assert offsets(server) == [("0", "100"), ("100", "100"), ("200", "100")]


def test_no_extra_request_when_the_api_omits_the_next_offset_on_the_last_page(mode: str) -> None:
    server = OffsetServer(200, next_offset_at_end=False)
    items = collect(mode, paginate(list_incidents, client=make_client(server, mode=mode), page_size=100))
    assert len(items) == 200
    assert len(server.requests) == 2


def test_max_items_stops_early_and_never_overfetches(mode: str) -> None:
    server = OffsetServer(1000)
    items = collect(mode, paginate(list_incidents, client=make_client(server, mode=mode), page_size=100, max_items=150))
    assert len(items) == 150
    assert offsets(server) == [("0", "100"), ("100", "50")]


class OversizedPages(OffsetServer):
    """A server that answers 10 items whatever page[size] asks for."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        asked = request.url.params.get("page[offset]", "0")
        return super().__call__(httpx.Request("GET", request.url.copy_with(params={"page[offset]": asked})))


def test_max_items_cuts_a_page_larger_than_asked_for(mode: str) -> None:
    server = OversizedPages(1000)
    client = make_client(server, mode=mode)
    items = collect(mode, paginate(list_incidents, client=client, page_size=10, max_items=15))
    assert [item.id for item in items] == [f"incident-{i}" for i in range(15)]
    assert len(server.requests) == 2  # the second page already reaches max_items: no third request


class PagesAliveServer(OffsetServer):
    """Counts, at each request, the parsed pages still alive in the process."""

    def __init__(self, total: int) -> None:
        super().__init__(total)
        self.alive: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.alive.append(sum(isinstance(o, IncidentsResponse) for o in gc.get_objects()))
        return super().__call__(request)


def test_a_page_is_freed_before_the_next_one_is_requested(mode: str) -> None:
    # Two pages alive at once double what the allocator and the collector work on (bench/README.md, (g)).
    server = PagesAliveServer(30)
    count = 0
    for _item in iterate_for(mode, paginate(list_incidents, client=make_client(server, mode=mode), page_size=10)):
        count += 1
    assert count == 30
    assert server.alive == [0, 0, 0, 0]


def test_max_items_zero_sends_nothing(mode: str) -> None:
    server = OffsetServer(10)
    assert collect(mode, paginate(list_incidents, client=make_client(server, mode=mode), max_items=0)) == []
    assert server.requests == []


def test_page_size_above_the_spec_maximum_fails_before_sending() -> None:
    server = OffsetServer(10)
    with pytest.raises(ValueError, match="page_size=101 is above the maximum of 100"):
        paginate(list_incidents, client=make_client(server), page_size=101)
    assert server.requests == []


def test_search_items_sit_under_data_attributes_incidents(mode: str) -> None:
    server = OffsetServer(30, search=True)
    items = collect(
        mode, paginate(search_incidents, client=make_client(server, mode=mode), query="state:active", page_size=20)
    )
    assert len(items) == 30
    assert all(r.url.params["query"] == "state:active" for r in server.requests)


def test_unstable_operations_are_gated_in_paginate_too(mode: str) -> None:
    server = OffsetServer(10)
    with pytest.raises(UnstableOperationError, match="list_incidents"):
        collect(mode, paginate(list_incidents, client=make_client(server, mode=mode, unstable=False)))
    assert server.requests == []


def test_page_number_style_stops_at_the_reported_total(mode: str) -> None:
    server = PageServer(100)
    items = collect(mode, paginate(list_apps, client=make_client(server, mode=mode), limit=50))
    assert [str(item.id) for item in items] == [app_id(i) for i in range(100)]
    assert [(r.url.params["page"], r.url.params["limit"]) for r in server.requests] == [("0", "50"), ("1", "50")]


def test_page_number_style_with_a_short_last_page(mode: str) -> None:
    server = PageServer(120)
    assert len(collect(mode, paginate(list_apps, client=make_client(server, mode=mode), limit=50))) == 120
    assert len(server.requests) == 3


def test_iter_pages_yields_typed_pages(mode: str) -> None:
    pages = collect(mode, iter_pages(list_apps, client=make_client(PageServer(30), mode=mode), limit=10))
    assert len(pages) == 3
    assert all(isinstance(page, AppBuilderListAppsResponse) for page in pages)
    incident_pages = collect(
        mode, iter_pages(list_incidents, client=make_client(OffsetServer(15), mode=mode), page_size=10)
    )
    assert all(isinstance(page, IncidentsResponse) for page in incident_pages)


def test_a_non_paged_operation_is_refused() -> None:
    from datadog_async.api.incidents import get_incident

    with pytest.raises(TypeError, match="get_incident is not a paged operation"):
        paginate(get_incident, client=make_client(OffsetServer(1)))  # type: ignore[arg-type]  # a type error too


def test_paginators_iterate_as_their_client_calls() -> None:
    assert isinstance(iter(paginate(list_apps, client=make_client(PageServer(1)))), Iterator)
    assert isinstance(paginate(list_apps, client=make_client(PageServer(1), mode="async")).__aiter__(), AsyncIterator)
