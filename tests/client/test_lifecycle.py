"""Each client owns one pool: context managers, idempotent close, views that never mutate it."""

from __future__ import annotations

import asyncio
import warnings

import httpx
import pytest
from datadog_async import BlockingCallWarning, ClientClosedError
from datadog_async.api.action_connection import delete_action_connection
from helpers import Recorder, make_client


def test_sync_context_manager_opens_and_closes_one_pool() -> None:
    recorder = Recorder(httpx.Response(204))
    with make_client(recorder) as client:
        delete_action_connection.sync("a", client=client)
        delete_action_connection.sync("b", client=client)
        pool = client._pool.client
        assert pool is not None
    assert pool.is_closed
    assert client.closed


async def test_async_context_manager_opens_and_closes_one_pool() -> None:
    recorder = Recorder(httpx.Response(204))
    async with make_client(recorder, mode="async") as client:
        await asyncio.gather(*(delete_action_connection.asyncio(str(i), client=client) for i in range(20)))
        pool = client._pool.client
        assert pool is not None
    assert pool.is_closed
    assert len(recorder.requests) == 20


async def test_closing_twice_is_fine_and_a_closed_client_refuses_calls() -> None:
    client = make_client(Recorder(httpx.Response(204)), mode="async")
    async with client:
        pass
    await client.aclose()
    with pytest.raises(ClientClosedError, match="closed"):
        await delete_action_connection.asyncio("a", client=client)
    sync_client = make_client(Recorder(httpx.Response(204)))
    with sync_client:
        pass
    sync_client.close()
    with pytest.raises(ClientClosedError, match="closed"):
        delete_action_connection.sync("a", client=sync_client)


def test_with_options_shares_the_pool_and_leaves_the_client_alone() -> None:
    recorder = Recorder(httpx.Response(204))
    with make_client(recorder) as client:
        view = client.with_options(timeout=1.5, headers={"X-Request-Id": "42"}, max_retries=0)
        delete_action_connection.sync("a", client=view)
        delete_action_connection.sync("b", client=client)
        assert view._pool is client._pool
        assert client._timeout != view._timeout
        assert client.retry_policy.max_retries == 2
    first, second = recorder.requests
    assert first.headers["X-Request-Id"] == "42"
    assert "X-Request-Id" not in second.headers
    assert first.extensions["timeout"]["read"] == 1.5
    assert view.closed  # closing the client closes its views' shared pool too


def test_per_call_headers_cannot_override_keys() -> None:
    client = make_client(Recorder(httpx.Response(204)))
    with pytest.raises(ValueError, match="DD-APPLICATION-KEY"):
        client.with_options(headers={"DD-APPLICATION-KEY": "other"})


async def test_a_sync_call_inside_a_running_loop_still_runs_and_warns_once_per_client() -> None:
    # Decision (README, "Two clients"): notebooks run every cell inside a loop, so the call is not refused.
    recorder = Recorder(httpx.Response(204))
    with make_client(recorder) as client:
        with pytest.warns(BlockingCallWarning, match="delete_action_connection.*AsyncDatadogClient"):
            delete_action_connection.sync("a", client=client)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            delete_action_connection.sync("b", client=client)  # once per client: no second warning
    assert len(recorder.requests) == 2


def test_a_sync_call_outside_any_loop_does_not_warn() -> None:
    with make_client(Recorder(httpx.Response(204))) as client, warnings.catch_warnings():
        warnings.simplefilter("error")
        delete_action_connection.sync("a", client=client)


async def test_a_client_of_the_other_flavour_is_refused_before_sending() -> None:
    recorder = Recorder(httpx.Response(204))
    async with make_client(recorder, mode="async") as aclient:
        with pytest.raises(TypeError, match=r"delete_action_connection.sync needs a DatadogClient"):
            delete_action_connection.sync("a", client=aclient)  # type: ignore[arg-type]
    with (
        make_client(recorder) as client,
        pytest.raises(TypeError, match=r"delete_action_connection.asyncio needs an AsyncDatadogClient"),
    ):
        await delete_action_connection.asyncio("a", client=client)  # type: ignore[arg-type]
    assert recorder.requests == []
