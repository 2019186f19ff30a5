"""Paging always terminates and loses nothing, over real sockets (issue 12, items 11 and 12).

A cursor that does not advance (the same next_offset, a lower one, the same page again) ends paging with a
PaginationError after a bounded number of requests, never an endless loop; a page shorter than the page size
does not end paging while the API reports more (a next_offset, or a total not yet reached).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from datadog_async import PaginationError, iter_pages, paginate
from datadog_async.api.app_builder import list_apps
from datadog_async.api.incidents import list_incidents
from reliability.rawserver import Action, RawRequest, RawServer, json_response
from reliability.support import Mode, planted_client

TOTAL = 12


def incident(n: int) -> dict[str, Any]:
    return {"id": f"inc-{n:03d}", "type": "incidents", "attributes": {"title": f"incident {n}"}}


def app(n: int) -> dict[str, Any]:
    return {"id": f"00000000-0000-0000-0000-{n:012d}", "type": "appDefinitions", "attributes": {"name": f"app {n}"}}


def offset_pages(next_offset: Callable[[int, int], int | None], *, cap: int = 100, ignore_offset: bool = False) -> Any:
    """list_incidents: at most ``cap`` items a page, and the next_offset the rule gives (None: omit it)."""

    def handler(request: RawRequest) -> Action:
        offset = 0 if ignore_offset else int(request.query["page[offset]"])
        size = min(int(request.query["page[size]"]), cap)
        data = [incident(n) for n in range(offset, min(offset + size, TOTAL))]
        pagination: dict[str, Any] = {"offset": offset, "size": size}
        following = next_offset(offset, len(data))
        if following is not None:
            pagination["next_offset"] = following
        return json_response(200, {"data": data, "meta": {"pagination": pagination}})

    return handler


def app_pages(*, cap: int = 100, ignore_page: bool = False) -> Any:
    """list_apps (page-number style): at most ``cap`` items a page, the total in meta.page.totalFilteredCount."""

    def handler(request: RawRequest) -> Action:
        page = 0 if ignore_page else int(request.query["page"])
        limit = min(int(request.query["limit"]), cap)
        data = [app(n) for n in range(page * limit, min((page + 1) * limit, TOTAL))]
        meta = {"page": {"totalCount": TOTAL, "totalFilteredCount": TOTAL}}
        return json_response(200, {"data": data, "meta": meta})

    return handler


def drain(mode: Mode, server: RawServer, make: Callable[[Any], Any]) -> list[Any]:
    """Run ``make(client)`` (a paginator) to the end with ``for`` or ``async for``, bounded in time."""
    client = planted_client(server.base_url, mode=mode, timeout=2)
    if mode == "sync":
        with client:
            return list(make(client))

    async def run() -> list[Any]:
        async with client, asyncio.timeout(10):
            return [item async for item in make(client)]

    return asyncio.run(run())


STUCK = {
    "same next_offset": offset_pages(lambda offset, count: offset),
    "lower next_offset": offset_pages(lambda offset, count: max(offset - 4, 0) if offset else 0),
    "zero next_offset after the first page": offset_pages(lambda offset, count: 4 if offset == 0 else 0),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", STUCK, ids=list(STUCK))
def test_a_cursor_that_does_not_advance_raises_instead_of_looping(case: str, mode: Mode) -> None:
    with RawServer(STUCK[case]) as server:
        with pytest.raises(PaginationError, match=r"list_incidents: paging stopped: next_offset \d+ does not advance"):
            drain(mode, server, lambda c: paginate(list_incidents, client=c, page_size=4))
        assert len(server.requests) <= 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_same_page_again_raises_and_is_not_yielded_twice(mode: Mode) -> None:
    # The server ignores page[offset] but advances next_offset: the same four incidents come back.
    handler = offset_pages(lambda offset, count: offset + count, ignore_offset=True)
    yielded: list[str] = []

    def collect(client: Any) -> Any:
        for_each = paginate(list_incidents, client=client, page_size=4)
        if mode == "sync":

            def gen() -> Any:
                for item in for_each:
                    yielded.append(item.id)
                    yield item

            return gen()

        async def agen() -> Any:
            async for item in for_each:
                yielded.append(item.id)
                yield item

        return agen()

    with RawServer(handler) as server:
        with pytest.raises(PaginationError, match="the API returned the same 4 items again at page_offset 4"):
            drain(mode, server, collect)
        assert len(server.requests) == 2
    assert yielded == ["inc-000", "inc-001", "inc-002", "inc-003"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_repeated_page_number_page_raises(mode: Mode) -> None:
    with RawServer(app_pages(ignore_page=True)) as server:
        with pytest.raises(PaginationError, match="list_apps: paging stopped: the API returned the same 5 items"):
            drain(mode, server, lambda c: iter_pages(list_apps, client=c, limit=5))
        assert len(server.requests) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_short_page_with_a_next_offset_is_not_the_last(mode: Mode) -> None:
    # The server caps pages at 3 items whatever page[size] asks for, and says where the next page starts.
    handler = offset_pages(lambda offset, count: offset + count if offset + count < TOTAL else None, cap=3)
    with RawServer(handler) as server:
        items = drain(mode, server, lambda c: paginate(list_incidents, client=c, page_size=10))
        offsets = [int(r.query["page[offset]"]) for r in server.requests]
    assert [item.id for item in items] == [f"inc-{n:03d}" for n in range(TOTAL)]
    assert offsets == [0, 3, 6, 9]  # and no request after the page without a next_offset


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_short_page_below_the_reported_total_is_not_the_last(mode: Mode) -> None:
    # limit=10 but the server caps pages at 10 only from page 1: the total (12) decides, not the page size.
    def handler(request: RawRequest) -> Action:
        page = int(request.query["page"])
        chunks = [range(0, 4), range(4, 10), range(10, 12)]  # 4, then 6, then 2: all shorter than limit
        data = [app(n) for n in chunks[page]] if page < len(chunks) else []
        return json_response(200, {"data": data, "meta": {"page": {"totalFilteredCount": TOTAL}}})

    with RawServer(handler) as server:
        items = drain(mode, server, lambda c: paginate(list_apps, client=c, limit=10))
        pages = [r.query["page"] for r in server.requests]
    assert [str(item.id)[-3:] for item in items] == [f"{n:03d}" for n in range(TOTAL)]
    assert pages == ["0", "1", "2"]  # the total is reached: no extra request


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_without_a_cursor_or_total_a_short_page_is_the_last(mode: Mode) -> None:
    # No next_offset on any page: the only rule left is the short page.
    handler = offset_pages(lambda offset, count: None)
    with RawServer(handler) as server:
        items = drain(mode, server, lambda c: paginate(list_incidents, client=c, page_size=20))
        assert len(server.requests) == 1
    assert len(items) == TOTAL


def test_pagination_errors_pickle_with_their_fields() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(PaginationError("list_incidents", "next_offset 4 does not advance past 4")))
    assert (error.operation, error.reason) == ("list_incidents", "next_offset 4 does not advance past 4")
    assert str(error) == "list_incidents: paging stopped: next_offset 4 does not advance past 4"
