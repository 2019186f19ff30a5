"""One client, one pool per flavour: context managers, idempotent close, views that never mutate it."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from datadog_async import ClientClosedError
from datadog_async.api.action_connection import delete_action_connection
from helpers import Recorder, make_client


def test_sync_context_manager_opens_and_closes_one_pool() -> None:
    recorder = Recorder(httpx.Response(204))
    with make_client(recorder) as client:
        delete_action_connection.sync("a", client=client)
        delete_action_connection.sync("b", client=client)
        pool = client._pools.sync_client
        assert pool is not None
    assert pool.is_closed
    assert client.closed


async def test_async_context_manager_opens_and_closes_one_pool() -> None:
    recorder = Recorder(httpx.Response(204))
    async with make_client(recorder) as client:
        await asyncio.gather(*(delete_action_connection.asyncio(str(i), client=client) for i in range(20)))
        pool = client._pools.async_client
        assert pool is not None
    assert pool.is_closed
    assert len(recorder.requests) == 20


async def test_closing_twice_is_fine_and_a_closed_client_refuses_calls() -> None:
    client = make_client(Recorder(httpx.Response(204)))
    async with client:
        pass
    await client.aclose()
    client.close()
    with pytest.raises(ClientClosedError, match="closed"):
        await delete_action_connection.asyncio("a", client=client)
    with pytest.raises(ClientClosedError, match="closed"):
        delete_action_connection.sync("a", client=client)


def test_with_options_shares_the_pool_and_leaves_the_client_alone() -> None:
    recorder = Recorder(httpx.Response(204))
    with make_client(recorder) as client:
        view = client.with_options(timeout=1.5, headers={"X-Request-Id": "42"}, max_retries=0)
        delete_action_connection.sync("a", client=view)
        delete_action_connection.sync("b", client=client)
        assert view._pools is client._pools
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
