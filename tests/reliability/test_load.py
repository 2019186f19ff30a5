"""Load and cancellation on real sockets: 10,000 calls against the fake served by uvicorn, cancelled calls and
paging loops, one client shared by many tasks and threads, and a client closed under its callers."""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from datadog_async import AsyncDatadogClient, ClientClosedError, paginate
from datadog_async.api.action_connection import create_action_connection, get_action_connection
from datadog_async.api.incidents import list_incidents
from datadog_async.models import ActionConnectionCreateRequest
from reliability.rawserver import HANG, Action, RawRequest, RawServer, Script, json_response
from reliability.support import (
    CONNECTION,
    CREATE_BODY,
    SECRET_API,
    assert_no_secret,
    busy_connections,
    capture_everything,
    exception_texts,
    fake_process,
    ident_of,
    pending_tasks,
    planted_client,
    pool_size,
    within,
)


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    with fake_process(seed=7) as url:
        yield url


async def _burst(
    client: AsyncDatadogClient, ident: str, count: int, in_flight: int
) -> tuple[int, list[weakref.ref[Any]]]:
    """``count`` GETs, ``in_flight`` at a time; returns how many answered ``ident`` and weak references to
    every task and response, to check afterwards that nothing kept them alive."""
    gate = asyncio.Semaphore(in_flight)
    responses: list[weakref.ref[Any]] = []

    async def get() -> bool:
        async with gate:
            response = await get_action_connection.asyncio(ident, client=client)
            responses.append(weakref.ref(response))
            return ident_of(response) == ident

    tasks = [asyncio.create_task(get()) for _ in range(count)]
    refs: list[weakref.ref[Any]] = [weakref.ref(task) for task in tasks]
    answered = sum(await within(120, asyncio.gather(*tasks)))
    return answered, refs + responses


async def test_10000_gets_at_500_in_flight_complete_and_memory_returns_to_baseline(fake_url: str) -> None:
    client = planted_client(fake_url, mode="async")
    async with client:
        created = await create_action_connection.asyncio(
            client=client, body=ActionConnectionCreateRequest.from_dict(CREATE_BODY)
        )
        ident = ident_of(created)
        await _burst(client, ident, 1_000, 500)  # warm up: connections opened, lazy imports and caches filled
        gc.collect()
        baseline = sys.getallocatedblocks()
        started = time.perf_counter()
        answered, refs = await _burst(client, ident, 10_000, 500)
        elapsed = time.perf_counter() - started
        assert answered == 10_000  # every call answered, none failed
        await asyncio.sleep(0)
        gc.collect()
        assert [ref for ref in refs if ref() is not None] == []  # no task or response outlives its call
        grown = sys.getallocatedblocks() - baseline - len(refs)  # the weak references themselves
        # One leaked object per call would be 10,000+ blocks; the slack absorbs allocator and pool noise.
        assert grown < 5_000, f"{grown} memory blocks still allocated after 10,000 calls"
        assert pending_tasks() == set()
        assert busy_connections(client, "async") == 0
        assert pool_size(client, "async") <= 110  # bounded by the limits (100, rounded up per shard)
        print(f"10,000 GETs in {elapsed:.1f}s ({10_000 / elapsed:.0f}/s), {grown} blocks grown")
    assert pool_size(client, "async") == 0


class Paged:
    """list_incidents, 25 items a page, 20 pages; the page at ``hang_at`` never answers."""

    def __init__(self, hang_at: int) -> None:
        self.hang_at = hang_at

    def __call__(self, request: RawRequest) -> Action:
        offset = int(request.query.get("page[offset]", "0"))
        if offset == self.hang_at * 25:
            return HANG
        data = [
            {"id": f"inc-{n}", "type": "incidents", "attributes": {"title": "t"}} for n in range(offset, offset + 25)
        ]
        return json_response(200, {"data": data, "meta": {"pagination": {"next_offset": offset + 25}}})


async def test_cancelling_1000_in_flight_calls_leaves_no_connection_and_no_task() -> None:
    script = Script(HANG)
    with RawServer(script) as server, capture_everything() as captured:
        client = planted_client(server.base_url, mode="async")  # 30 s read timeout: only cancellation ends these calls
        async with client:
            tasks = [asyncio.create_task(get_action_connection.asyncio("c1", client=client)) for _ in range(1_000)]
            await within(10, _until(lambda: len(server.requests) >= 100))  # the pool is full, the rest queue
            assert server.open_connections >= 100
            for task in tasks:
                task.cancel()
            results = await within(5, asyncio.gather(*tasks, return_exceptions=True))
            assert all(isinstance(result, asyncio.CancelledError) for result in results)
            assert pending_tasks() == set()
            assert busy_connections(client, "async") == 0
            assert await server.wait_until_closed_async() == 0  # cancelled mid-request: closed, not reused
            # The client is still usable afterwards.
            script._actions = [json_response(200, CONNECTION)]
            response = await within(5, get_action_connection.asyncio("c1", client=client))
            assert ident_of(response) == "c1"
        assert await server.wait_until_closed_async() == 0
    assert_no_secret(captured.texts(), "a log line or warning")


async def test_cancelling_a_paginate_loop_mid_page_leaves_no_connection_and_no_task() -> None:
    with RawServer(Paged(hang_at=3)) as server:
        client = planted_client(server.base_url, mode="async")
        async with client:
            seen: list[str] = []

            async def walk() -> None:
                async for incident in paginate(list_incidents, client=client, page_size=25):
                    seen.append(incident.id)

            task = asyncio.create_task(walk())
            await within(5, _until(lambda: len(server.requests) == 4))  # pages 0-2 served, page 3 in flight
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await within(5, task)
            assert seen == [f"inc-{n}" for n in range(75)]
            assert pending_tasks() == set()
            assert busy_connections(client, "async") == 0
            assert await server.wait_until_closed_async() == 0


async def test_one_client_shared_by_many_tasks_and_views_keeps_each_call_apart() -> None:
    def echo(request: RawRequest) -> Action:
        ident = request.path.rsplit("/", 1)[1]
        assert request.headers["x-caller"] == ident  # each view's header reached only its own calls
        body = {"data": {**CONNECTION["data"], "id": ident}}
        return json_response(200, body)

    with RawServer(echo) as server:
        client = planted_client(server.base_url, mode="async")
        async with client:

            async def call(n: int) -> str:
                view = client.with_options(headers={"X-Caller": f"c{n}"}, max_retries=n % 3)
                await asyncio.sleep(0)
                return ident_of(await get_action_connection.asyncio(f"c{n}", client=view))

            ids = await within(30, asyncio.gather(*(call(n) for n in range(600))))
            assert ids == [f"c{n}" for n in range(600)]
            assert client.retry_policy.max_retries == 2  # the views changed nothing on the shared client
            assert busy_connections(client, "async") == 0
        assert len(server.requests) == 600
        assert await server.wait_until_closed_async() == 0


def test_one_sync_client_shared_by_threads_keeps_each_call_apart() -> None:
    def echo(request: RawRequest) -> Action:
        return json_response(200, {"data": {**CONNECTION["data"], "id": request.path.rsplit("/", 1)[1]}})

    errors: list[BaseException] = []
    with RawServer(echo) as server:
        client = planted_client(server.base_url)
        with client:

            def work(thread: int) -> None:
                try:
                    for n in range(50):
                        ident = f"t{thread}-{n}"
                        assert ident_of(get_action_connection.sync(ident, client=client)) == ident
                except BaseException as exc:
                    errors.append(exc)

            threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
            assert errors == []
            assert busy_connections(client, "sync") == 0
        assert len(server.requests) == 400
        assert server.wait_until_closed() == 0


async def test_closing_the_client_under_in_flight_and_queued_calls_raises_clearly() -> None:
    with RawServer(Script(HANG)) as server, capture_everything() as captured:
        client = planted_client(server.base_url, timeout=0.5, mode="async")
        async with client:
            tasks = [asyncio.create_task(get_action_connection.asyncio("c1", client=client)) for _ in range(150)]
            await within(10, _until(lambda: len(server.requests) >= 100))
            await within(2, client.aclose())
            results = await within(5, asyncio.gather(*tasks, return_exceptions=True))
        assert {type(result) for result in results} == {ClientClosedError}
        assert all("closed" in str(result) and "get_action_connection" in str(result) for result in results)
        assert busy_connections(client, "async") == 0
        assert await server.wait_until_closed_async() == 0
        # New calls, on the client or on a view of it, are refused before anything is sent.
        sent = len(server.requests)
        for target in (client, client.with_options(max_retries=0)):
            with pytest.raises(ClientClosedError, match="closed"):
                await get_action_connection.asyncio("c1", client=target)
            with pytest.raises(ClientClosedError, match="closed"):
                [item async for item in paginate(list_incidents, client=target, page_size=10)]
        assert len(server.requests) == sent
    texts = [text for result in results if isinstance(result, BaseException) for text in exception_texts(result)]
    assert_no_secret(texts + captured.texts(), "a closed-client error or log")
    assert SECRET_API in server.requests[0].headers["dd-api-key"]


async def _until(condition: Any, step: float = 0.01) -> None:
    """Poll state owned by the server's thread (an asyncio.Event cannot be set across loops)."""
    while not condition():  # noqa: ASYNC110
        await asyncio.sleep(step)
