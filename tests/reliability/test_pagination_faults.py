"""Paging through 20 pages while one page request fails: every item comes out once, in order, no gaps."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from datadog_async import paginate
from datadog_async.api.incidents import list_incidents
from reliability.rawserver import HANG, RESET, Action, Raw, RawRequest, RawServer, Respond, head, json_response
from reliability.support import Mode, assert_no_secret, busy_connections, capture_everything, planted_client

PAGES = 20
SIZE = 25
FAULT_PAGE = 10


class IncidentPages:
    """list_incidents over PAGES full pages (the last without a next_offset); page FAULT_PAGE fails once."""

    def __init__(self, fault: Action) -> None:
        self.fault = fault
        self.faulted = False
        self._lock = threading.Lock()

    def __call__(self, request: RawRequest) -> Action:
        assert request.path == "/api/v2/incidents"
        offset, size = int(request.query["page[offset]"]), int(request.query["page[size]"])
        assert request.query["include"] == "users"  # the filter is kept on every page
        with self._lock:
            if offset == FAULT_PAGE * SIZE and not self.faulted:
                self.faulted = True
                return self.fault
        total = PAGES * SIZE
        data = [
            {"id": f"inc-{n:04d}", "type": "incidents", "attributes": {"title": f"incident {n}"}}
            for n in range(offset, min(offset + size, total))
        ]
        pagination: dict[str, Any] = {"offset": offset, "size": size}
        if offset + size < total:
            pagination["next_offset"] = offset + size
        return json_response(200, {"data": data, "meta": {"pagination": pagination}})


PAGE_FAULTS: dict[str, Action] = {
    "429": json_response(429, {"errors": ["Rate limit exceeded"]}, [("X-RateLimit-Reset", "0")]),
    "503": json_response(503, {"errors": ["Service Unavailable"]}),
    "html-502": Respond(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", [("Content-Type", "text/html")]),
    "reset-before-response": RESET,
    "reset-mid-body": Raw(head(200, [("Content-Length", "5000")]) + b'{"data": [{"id": "inc-0250"', "reset"),
    "never-answers": HANG,
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", PAGE_FAULTS, ids=list(PAGE_FAULTS))
def test_paging_through_a_failed_page_yields_every_item_once_in_order(fault: str, mode: Mode) -> None:
    handler = IncidentPages(PAGE_FAULTS[fault])
    with RawServer(handler) as server, capture_everything() as captured:
        client = planted_client(server.base_url, mode=mode, timeout=0.5)
        if mode == "sync":
            with client:
                ids = [item.id for item in paginate(list_incidents, client=client, page_size=SIZE, include=["users"])]
                busy = busy_connections(client, "sync")
        else:

            async def collect() -> tuple[list[str], int]:
                async with client:
                    async with asyncio.timeout(10):
                        found = [
                            item.id
                            async for item in paginate(list_incidents, client=client, page_size=SIZE, include=["users"])
                        ]
                    return found, busy_connections(client, "async")

            ids, busy = asyncio.run(collect())
        still_open = server.wait_until_closed()

    assert handler.faulted
    assert ids == [f"inc-{n:04d}" for n in range(PAGES * SIZE)]  # all, in order: no duplicate, no gap
    assert len(server.requests) == PAGES + 1  # one retry, and no extra request after the last page
    offsets = [int(request.query["page[offset]"]) for request in server.requests]
    assert offsets == sorted(offsets)
    assert offsets.count(FAULT_PAGE * SIZE) == 2
    assert busy == 0
    assert still_open == 0
    assert_no_secret(captured.texts(), "a log line or warning")
