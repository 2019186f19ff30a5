"""Processes, event loops and closing, on real sockets: a forked child never uses a connection it inherited and
leaves the parent's intact; one async client works across event loops used in turn (and refuses, before
sending, a loop running in another thread while another one uses it); closing fails every queued, in-flight
and waiting call with ClientClosedError, POSTs included."""

from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import json
import os
import select
import threading
import time
import warnings
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest
from datadog_async import AsyncDatadogClient, ClientClosedError, DatadogClient, EventLoopError
from datadog_async.api.action_connection import create_action_connection, get_action_connection
from datadog_async.models import ActionConnectionCreateRequest
from reliability.rawserver import HANG, Action, RawRequest, RawServer, Respond, json_response
from reliability.support import (
    CONNECTION,
    CREATE_BODY,
    assert_no_secret,
    busy_connections,
    exception_texts,
    ident_of,
    planted_client,
    within,
)

T = TypeVar("T")
needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork() is POSIX only")


def echo(request: RawRequest) -> Action:
    """Answer a get_action_connection with the id it asked for (so a crossed response would show)."""
    body = copy.deepcopy(CONNECTION)
    body["data"]["id"] = request.path.rsplit("/", 1)[1]
    if body["data"]["id"].startswith("slow"):
        return Respond(200, json.dumps(body).encode(), [("Content-Type", "application/json")], delay=1.0)
    return json_response(200, body)


def connections_by_id(server: RawServer) -> dict[str, int]:
    """Which server-side connection carried the request for each id."""
    return {request.path.rsplit("/", 1)[1]: request.connection for request in server.requests}


def in_child(work: Callable[[], str], timeout: float = 20.0) -> str:
    """Run ``work`` in a forked child and return its result (or fail with the child's exception)."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork() in a process with threads
        pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 0
        try:
            os.close(read_end)
            try:
                message = {"result": work()}
            except BaseException as exc:
                message = {"error": f"{type(exc).__name__}: {exc}"}
            os.write(write_end, json.dumps(message).encode())
        finally:
            os._exit(status)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], timeout)
        assert ready, f"the child did not answer within {timeout}s"
        data = b""
        while chunk := os.read(read_end, 1 << 16):
            data += chunk
    finally:
        os.close(read_end)
        _, code = os.waitpid(pid, 0)
    assert code == 0
    message = json.loads(data)
    assert "error" not in message, message.get("error")
    result: str = message["result"]
    return result


# -- fork ----------------------------------------------------------------------------------------------------


@needs_fork
def test_a_forked_child_opens_its_own_connection_and_the_parents_stays_intact_sync() -> None:
    with RawServer(echo) as server, planted_client(server.base_url) as client:
        assert ident_of(get_action_connection.sync("parent-1", client=client)) == "parent-1"
        parent_http = client._pool.client
        assert in_child(lambda: ident_of(get_action_connection.sync("child-1", client=client))) == "child-1"
        assert ident_of(get_action_connection.sync("parent-2", client=client)) == "parent-2"
        assert client._pool.client is parent_http
    # The child's call went over a connection of its own; the parent kept using its keep-alive connection.
    assert connections_by_id(server) == {"parent-1": 1, "child-1": 2, "parent-2": 1}


class LoopThread:
    """An event loop running in a background thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self.submit(coro).result(15)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()


@contextmanager
def loop_in_thread() -> Iterator[LoopThread]:
    looping = LoopThread()
    try:
        yield looping
    finally:
        looping.stop()


async def _get(ident: str, client: AsyncDatadogClient) -> str:
    return ident_of(await get_action_connection.asyncio(ident, client=client))


@needs_fork
def test_a_forked_child_opens_its_own_connection_and_the_parents_stays_intact_async() -> None:
    with RawServer(echo) as server, loop_in_thread() as other:
        client = planted_client(server.base_url, mode="async")
        assert other.run(_get("parent-1", client)) == "parent-1"
        # The parent's loop keeps running in its thread; the child uses the client from a loop of its own.
        inherited = client._pool.closer
        assert inherited is not None

        def child() -> str:
            ident = asyncio.run(_get("child-1", client))
            # The parent's closer is finished in the child without touching the parent's loop or connections.
            return f"{ident} {inherited.ag_frame is None}"

        assert in_child(child) == "child-1 True"
        assert inherited.ag_frame is not None  # the parent's own is untouched
        assert other.run(_get("parent-2", client)) == "parent-2"
        other.run(client.aclose())
    assert connections_by_id(server) == {"parent-1": 1, "child-1": 2, "parent-2": 1}


@needs_fork
def test_closing_an_inherited_client_in_the_child_leaves_the_parents_connection_open() -> None:
    with RawServer(echo) as server, planted_client(server.base_url) as client:
        get_action_connection.sync("parent-1", client=client)

        def close_in_child() -> str:
            client.close()
            return "closed"

        assert in_child(close_in_child) == "closed"
        assert not client.closed
        assert ident_of(get_action_connection.sync("parent-2", client=client)) == "parent-2"
    assert connections_by_id(server) == {"parent-1": 1, "parent-2": 1}


# -- event loops -----------------------------------------------------------------------------------------------


def test_one_async_client_works_in_event_loops_used_in_turn() -> None:
    """``asyncio.run`` twice (or pytest's loop per test): each loop gets its own connections, nothing fails."""
    with RawServer(echo) as server:
        client = planted_client(server.base_url, mode="async")

        async def first() -> str:
            async with asyncio.timeout(10):
                await client.__aenter__()  # opens the pool in this loop, as `async with` does
                return await _get("loop-1", client)

        assert asyncio.run(first()) == "loop-1"
        assert asyncio.run(within(10, _get("loop-2", client))) == "loop-2"
        assert asyncio.run(within(10, _get("loop-3", client))) == "loop-3"
        asyncio.run(client.aclose())
        assert client.closed
    # A connection belongs to the loop that opened it: each loop opened one, none was reused across loops.
    assert connections_by_id(server) == {"loop-1": 1, "loop-2": 2, "loop-3": 3}


def test_a_second_running_event_loop_is_refused_before_sending() -> None:
    with RawServer(echo) as server, loop_in_thread() as other:
        client = planted_client(server.base_url, mode="async")
        future = other.submit(_get("slow-1", client))
        _wait_for(lambda: len(server.requests) == 1)
        with pytest.raises(EventLoopError, match="one AsyncDatadogClient per event loop"):
            asyncio.run(within(10, _get("other-loop", client)))
        assert future.result(10) == "slow-1"
        other.run(client.aclose())
    assert [request.path.rsplit("/", 1)[1] for request in server.requests] == ["slow-1"]


def _wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.005)


def test_aclose_from_another_loop_closes_the_client_in_the_loop_that_uses_it() -> None:
    with RawServer(lambda request: HANG) as server, loop_in_thread() as other:
        client = planted_client(server.base_url, mode="async", timeout=30)
        calls = [other.submit(_get(f"hang-{i}", client)) for i in range(3)]
        _wait_for(lambda: len(server.requests) == 3)
        asyncio.run(within(5, client.aclose()))
        for call in calls:
            with pytest.raises(ClientClosedError, match="closed during the call"):
                call.result(5)
        assert server.wait_until_closed() == 0


# -- closing ---------------------------------------------------------------------------------------------------


def closing_server(request: RawRequest) -> Action:
    """POSTs and ``hang-*`` ids hang; ``limited`` is rate limited for 20 s (the caller waits before retrying)."""
    if request.method == "POST" or "hang" in request.path:
        return HANG
    return json_response(429, {"errors": ["Too many requests"]}, [("X-RateLimit-Reset", "20")])


def _create(client: Any) -> Any:
    return create_action_connection.asyncio(client=client, body=ActionConnectionCreateRequest.from_dict(CREATE_BODY))


async def test_aclose_fails_in_flight_queued_and_waiting_calls_at_once_posts_included() -> None:
    """With a 30 s timeout: every call ends with ClientClosedError within a second of aclose(), not at its timeout."""
    import httpx

    with RawServer(closing_server) as server:
        client = planted_client(
            server.base_url, mode="async", timeout=30, httpx_args={"limits": httpx.Limits(max_connections=3)}
        )
        async with client:
            waiting = asyncio.create_task(get_action_connection.asyncio("limited", client=client))
            await within(5, _until(lambda: len(server.requests) == 1))
            posting = asyncio.create_task(_create(client))
            hanging = [asyncio.create_task(_get(f"hang-{i}", client)) for i in range(5)]  # 2 sent, 3 queued
            await within(5, _until(lambda: len(server.requests) == 4))
            started = time.monotonic()
            await within(5, client.aclose())
            results = await within(5, asyncio.gather(waiting, posting, *hanging, return_exceptions=True))
            elapsed = time.monotonic() - started
        assert [type(result) for result in results] == [ClientClosedError] * 7, results
        assert elapsed < 5
        assert "create_action_connection" in str(results[1])
        assert busy_connections(client, "async") == 0
        assert await server.wait_until_closed_async() == 0
        assert_no_secret([text for result in results for text in exception_texts(result)], "a ClientClosedError")


async def test_a_call_cancelled_by_its_caller_during_aclose_stays_cancelled() -> None:
    with RawServer(closing_server) as server:
        client = planted_client(server.base_url, mode="async", timeout=30)
        async with client:
            task = asyncio.create_task(_get("hang-1", client))
            await within(5, _until(lambda: len(server.requests) == 1))
            task.cancel()  # the caller's own cancellation, before aclose() adds ours
            await within(5, client.aclose())
            with pytest.raises(asyncio.CancelledError):
                await task


def test_close_from_another_thread_fails_the_sync_post_queued_and_waiting_calls_at_once() -> None:
    """With a 30 s timeout: a POST blocked on its socket, a call queued for the one connection and a call waiting
    out a rate limit all end with ClientClosedError within a second of close(), and the queued call is never
    sent."""
    import httpx

    with RawServer(closing_server) as server:
        client: DatadogClient = planted_client(
            server.base_url, timeout=30, httpx_args={"limits": httpx.Limits(max_connections=1)}
        )
        outcomes: dict[str, BaseException] = {}

        def run(name: str, call: Callable[[], Any]) -> threading.Thread:
            def target() -> None:
                try:
                    call()
                except Exception as exc:
                    outcomes[name] = exc

            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            return thread

        body = ActionConnectionCreateRequest.from_dict(CREATE_BODY)
        with client:
            threads = [run("waiting", lambda: get_action_connection.sync("limited", client=client))]
            _wait_for(lambda: len(server.requests) == 1)
            threads.append(run("posting", lambda: create_action_connection.sync(client=client, body=body)))
            _wait_for(lambda: len(server.requests) == 2)
            threads.append(run("queued", lambda: get_action_connection.sync("hang-1", client=client)))
            time.sleep(0.2)  # the queued call is waiting for the connection the POST holds
            started = time.monotonic()
            client.close()
            for thread in threads:
                thread.join(5)
            elapsed = time.monotonic() - started
        assert {name: type(exc) for name, exc in outcomes.items()} == dict.fromkeys(
            ("waiting", "posting", "queued"), ClientClosedError
        )
        assert elapsed < 5
        assert "create_action_connection" in str(outcomes["posting"])
        assert [request.method for request in server.requests] == ["GET", "POST"]  # the queued call never went out
        assert server.wait_until_closed() == 0
        assert_no_secret([text for exc in outcomes.values() for text in exception_texts(exc)], "a ClientClosedError")


async def _until(condition: Callable[[], bool], step: float = 0.005) -> None:
    while not condition():  # noqa: ASYNC110 -- state owned by the server's thread
        await asyncio.sleep(step)
