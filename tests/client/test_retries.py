"""Retries through the client: what is retried, how often, and that cancellation is clean."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from datadog_async import ApiConnectionError, ApiTimeoutError, RateLimitError, ServerError
from datadog_async._pools import SyncPool
from datadog_async.api.action_connection import create_action_connection, get_action_connection
from datadog_async.models import ActionConnectionCreateRequest
from helpers import Recorder, make_client

AWS = {"type": "AWS", "credentials": {"type": "AWSAssumeRole", "role": "my-role", "account_id": "111222333444"}}
GOOD = {"data": {"id": "c", "type": "action_connection", "attributes": {"name": "n", "integration": AWS}}}


def no_jitter(client: Any) -> Any:
    client._random = lambda: 0.0  # zero backoff: the schedule is tested in test_retry_policy.py
    return client


def test_429_waits_the_reset_then_succeeds(call: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(time, "sleep", sleeps.append)
    monkeypatch.setattr(SyncPool, "sleep", lambda pool, delay: sleeps.append(delay))  # close() can cut it short

    async def fake_async_sleep(delay: float) -> None:
        sleeps.append(delay)

    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    limited = httpx.Response(429, json={"errors": ["slow down"]}, headers={"X-RateLimit-Reset": "2"})
    recorder = Recorder(limited, limited, httpx.Response(200, json=GOOD))
    result = call(get_action_connection, "c", client=call.client(recorder, max_retries=2))
    assert result.data.id == "c"
    assert len(recorder.requests) == 3
    assert sleeps == [2.0, 2.0]


def test_429_past_the_cap_raises_at_once(call: Any) -> None:
    limited = httpx.Response(429, json={"errors": ["slow down"]}, headers={"X-RateLimit-Reset": "3600"})
    recorder = Recorder(limited)
    with pytest.raises(RateLimitError):
        call(get_action_connection, "c", client=call.client(recorder, max_retries=5))
    assert len(recorder.requests) == 1


def test_503_is_retried_for_get(call: Any) -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(503), httpx.Response(200, json=GOOD))
    result = call(get_action_connection, "c", client=no_jitter(call.client(recorder, max_retries=2)))
    assert result.data.id == "c"
    assert len(recorder.requests) == 3


def test_503_exhausts_the_retries_then_raises(call: Any) -> None:
    recorder = Recorder(httpx.Response(503))
    with pytest.raises(ServerError):
        call(get_action_connection, "c", client=no_jitter(call.client(recorder, max_retries=2)))
    assert len(recorder.requests) == 3


def create_body() -> ActionConnectionCreateRequest:
    return ActionConnectionCreateRequest.from_dict(
        {
            "data": {
                "type": "action_connection",
                "attributes": {"name": "n", "integration": AWS},
            }
        }
    )


def test_post_is_not_retried_on_503(call: Any) -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(201, json=GOOD))
    with pytest.raises(ServerError):
        call(create_action_connection, client=no_jitter(call.client(recorder)), body=create_body())
    assert len(recorder.requests) == 1


def test_post_is_retried_on_503_when_the_caller_opts_in(call: Any) -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(201, json=GOOD))
    client = no_jitter(call.client(recorder)).with_options(retry_non_idempotent=True)
    assert call(create_action_connection, client=client, body=create_body()).data.id == "c"
    assert len(recorder.requests) == 2


class Failing:
    """A handler that raises ``exc`` the first ``times`` calls, then answers ``GOOD``."""

    def __init__(self, exc: Exception, times: int) -> None:
        self.exc, self.times, self.calls = exc, times, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls <= self.times:
            raise self.exc
        return httpx.Response(201 if request.method == "POST" else 200, json=GOOD)


def test_a_connection_that_never_opened_is_retried_even_for_post(call: Any) -> None:
    handler = Failing(httpx.ConnectError("refused"), times=2)
    result = call(create_action_connection, client=no_jitter(call.client(handler)), body=create_body())
    assert result.data.id == "c"
    assert handler.calls == 3


def test_a_read_timeout_on_post_is_raised_typed(call: Any) -> None:
    handler = Failing(httpx.ReadTimeout("slow"), times=1)
    with pytest.raises(ApiTimeoutError) as info:
        call(create_action_connection, client=no_jitter(call.client(handler)), body=create_body())
    assert handler.calls == 1
    assert info.value.operation == "create_action_connection"
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_a_read_timeout_on_get_is_retried(call: Any) -> None:
    handler = Failing(httpx.ReadTimeout("slow"), times=1)
    assert call(get_action_connection, "c", client=no_jitter(call.client(handler))).data.id == "c"
    assert handler.calls == 2


def test_connection_errors_after_the_last_retry_are_typed(call: Any) -> None:
    handler = Failing(httpx.ConnectError("refused"), times=10)
    with pytest.raises(ApiConnectionError) as info:
        call(get_action_connection, "c", client=no_jitter(call.client(handler, max_retries=1)))
    assert handler.calls == 2
    assert not isinstance(info.value, ApiTimeoutError)


def test_max_retries_per_call_does_not_change_the_client(call: Any) -> None:
    recorder = Recorder(httpx.Response(503))
    client = no_jitter(call.client(recorder, max_retries=3))
    with pytest.raises(ServerError):
        call(get_action_connection, "c", client=client.with_options(max_retries=0))
    assert len(recorder.requests) == 1
    assert client.retry_policy.max_retries == 3


async def test_cancellation_during_a_backoff_sleep_is_clean() -> None:
    limited = httpx.Response(429, json={"errors": ["slow down"]}, headers={"X-RateLimit-Reset": "30"})
    answered = asyncio.Event()
    recorder = Recorder(limited)

    def handler(request: httpx.Request) -> httpx.Response:
        answered.set()
        return recorder(request)

    client = make_client(handler, mode="async")
    async with client:
        task = asyncio.create_task(get_action_connection.asyncio("c", client=client))
        await answered.wait()
        await asyncio.sleep(0.01)  # let the client reach its backoff sleep
        started = time.perf_counter()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.perf_counter() - started < 1.0
    assert len(recorder.requests) == 1
