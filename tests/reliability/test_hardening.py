"""Issue 12 (part A) on real sockets: requests go where they should, attempts are bounded as a whole, no key is
reachable from any exception, views close alone, exceptions cross process boundaries. Sync and async each."""

from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import functools
import importlib
import multiprocessing
import typing
from types import ModuleType
from typing import Any
from urllib.parse import quote

import datadog_async.models
import pytest
from datadog_async import OPERATIONS, ApiError, ApiTimeoutError, ClientClosedError, NotFoundError, RateLimitError
from datadog_async.api.action_connection import get_action_connection
from helpers import load_spec
from reliability.rawserver import HANG, Action, RawServer, Respond, Script, Trickle, head, json_response, refused_port
from reliability.support import (
    CONNECTION,
    SECRET_API,
    SECRET_APP,
    SECRETS,
    Mode,
    Step,
    assert_no_secret,
    chained_requests,
    exception_texts,
    planted_client,
    run_steps,
)
from reliability.workers import fetch_connection

MODES = ["sync", "async"]
NOT_FOUND = json_response(404, {"errors": ["Not found"]})


# -- item 6: every path parameter of every operation -----------------------------------------------------------


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"datadog_async.api.{OPERATIONS[name].tag.lower().replace(' ', '_')}.{name}")


def _path_params(name: str) -> list[str]:
    return [part.split("}")[0] for part in OPERATIONS[name].path.split("{")[1:]]


class _Models(dict[str, Any]):
    def __missing__(self, name: str) -> Any:
        try:
            return getattr(datadog_async.models, name)
        except AttributeError:
            raise KeyError(name) from None


@functools.cache
def _other_kwargs(name: str) -> dict[str, Any]:
    """A valid body (the spec's request example) and required query parameters, so only the path is wrong."""
    module = _module(name)
    hints = typing.get_type_hints(module.sync, localns=_Models())
    kwargs: dict[str, Any] = {"query": "state:active"} if name == "search_incidents" else {}
    if "body" in hints:
        op = OPERATIONS[name]
        media = load_spec()["paths"][op.path][op.method.lower()]["requestBody"]["content"]["application/json"]
        example = media["example"] if "example" in media else next(iter(media["examples"].values()))["value"]
        body_type = next(t for t in typing.get_args(hints["body"]) or (hints["body"],) if hasattr(t, "from_dict"))
        kwargs["body"] = body_type.from_dict(copy.deepcopy(example))
    return kwargs


PATH_CASES = [(name, param) for name in sorted(OPERATIONS) for param in _path_params(name)]
MOVING = ["", ".", ".."]
# Odd but legal ids: each must stay inside its own path segment, percent-encoded.
ODD = ["a/b", "../x", "?page=2", "#top", "%2e%2e", "...", " .", "id with spaces", "ünï", "a;b"]


def _calls(mode: Mode, client: Any, name: str, paths: list[dict[str, str]]) -> list[BaseException | None]:
    """Call the operation once per set of path values through one client (one event loop for async); the
    exception each call raised, in order (None for a success)."""
    module = _module(name)
    kwargs = _other_kwargs(name)
    outcomes: list[BaseException | None] = []
    if mode == "sync":
        with client:
            for path in paths:
                try:
                    module.sync(*[path[p] for p in _path_params(name)], client=client, **kwargs)
                    outcomes.append(None)
                except Exception as exc:
                    outcomes.append(exc)
        return outcomes

    async def run() -> None:
        async with client:
            for path in paths:
                try:
                    await module.asyncio(*[path[p] for p in _path_params(name)], client=client, **kwargs)
                    outcomes.append(None)
                except Exception as exc:
                    outcomes.append(exc)

    asyncio.run(run())
    return outcomes


@pytest.fixture(scope="module")
def not_found_server() -> typing.Iterator[RawServer]:
    with RawServer(Script(NOT_FOUND)) as server:
        yield server


def _paths(name: str, param: str, values: list[str]) -> list[dict[str, str]]:
    return [{other: "ok-id" for other in _path_params(name)} | {param: value} for value in values]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "param"), PATH_CASES, ids=[f"{n}-{p}" for n, p in PATH_CASES])
def test_a_path_parameter_that_moves_the_url_fails_before_sending(
    not_found_server: RawServer, mode: Mode, name: str, param: str
) -> None:
    sent = len(not_found_server.requests)
    client = planted_client(not_found_server.base_url, mode=mode)
    for bad, error in zip(MOVING, _calls(mode, client, name, _paths(name, param, MOVING)), strict=True):
        assert isinstance(error, ValueError), (bad, error)
        assert str(error).startswith(f"{name}: {param} may not be"), str(error)
        assert "Nothing was sent" in str(error)
    assert len(not_found_server.requests) == sent


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "param"), PATH_CASES, ids=[f"{n}-{p}" for n, p in PATH_CASES])
def test_an_odd_path_parameter_stays_in_its_own_segment(
    not_found_server: RawServer, mode: Mode, name: str, param: str
) -> None:
    start = len(not_found_server.requests)
    client = planted_client(not_found_server.base_url, mode=mode, max_retries=0)
    paths = _paths(name, param, ODD)
    errors = _calls(mode, client, name, paths)
    assert all(isinstance(error, NotFoundError) for error in errors), errors
    received = not_found_server.requests[start:]
    assert len(received) == len(ODD)
    for path, request in zip(paths, received, strict=True):
        expected = OPERATIONS[name].path
        for key, value in path.items():
            expected = expected.replace("{" + key + "}", quote(value, safe=""))
        assert request.target.split("?")[0] == expected
        assert request.method == OPERATIONS[name].method


# -- item 13: an attempt is bounded as a whole; a total deadline ------------------------------------------------

HEAD_5000 = head(200, [("Content-Type", "application/json"), ("Content-Length", "5000")])
TRICKLE = Trickle(b" " * 5000, prefix=HEAD_5000)
TRICKLE_HEAD_TOO = Trickle(HEAD_5000 + b" " * 5000)


@pytest.mark.parametrize("mode", MODES)
def test_a_body_trickling_in_a_byte_at_a_time_times_out_within_the_timeout(mode: Mode) -> None:
    # Every read gets a byte within 20 ms, so httpx's per-read timeout never fires: 5000 bytes take 100 s.
    with RawServer(Script(TRICKLE)) as server:
        client = planted_client(server.base_url, mode=mode, timeout=0.5, max_retries=1)
        outcome = run_steps(mode, client, [Step(get_action_connection, ("c1",))], deadline=10)
        assert server.wait_until_closed() == 0
    assert isinstance(outcome.error, ApiTimeoutError), outcome.error
    assert len(server.requests) == 2  # a GET is retried once, and that attempt is bounded too
    assert outcome.elapsed < 2 * 0.5 + 2.0  # the bound of two attempts, plus slack for a loaded machine
    assert outcome.busy == 0
    assert_no_secret(exception_texts(outcome.error), "an exception")


async def test_an_async_attempt_is_bounded_even_when_the_response_head_trickles() -> None:
    # Sync calls bound a trickling head only by the per-read timeout (README, Reliability: known limits).
    with RawServer(Script(TRICKLE_HEAD_TOO)) as server:
        async with planted_client(server.base_url, mode="async", timeout=0.5, max_retries=0) as client:
            started = asyncio.get_running_loop().time()
            with pytest.raises(ApiTimeoutError):
                await asyncio.wait_for(get_action_connection.asyncio("c1", client=client), 10)
            assert asyncio.get_running_loop().time() - started < 0.5 + 1.5


@pytest.mark.parametrize("mode", MODES)
def test_total_timeout_bounds_the_call_across_retries(mode: Mode) -> None:
    with RawServer(Script(HANG)) as server:
        client = planted_client(server.base_url, mode=mode, timeout=0.4, max_retries=50, total_timeout=1.0)
        outcome = run_steps(mode, client, [Step(get_action_connection, ("c1",))], deadline=10)
    assert isinstance(outcome.error, ApiTimeoutError), outcome.error
    assert 2 <= len(server.requests) <= 4  # not 51 attempts
    assert outcome.elapsed < 1.0 + 1.5


@pytest.mark.parametrize("mode", MODES)
def test_total_timeout_refuses_a_rate_limit_wait_it_cannot_afford(mode: Mode) -> None:
    limited = json_response(429, {"errors": ["Rate limit exceeded"]}, [("X-RateLimit-Reset", "5")])
    with RawServer(Script(limited)) as server:
        client = planted_client(server.base_url, mode=mode, total_timeout=1.0)
        outcome = run_steps(mode, client, [Step(get_action_connection, ("c1",))], deadline=10)
    assert isinstance(outcome.error, RateLimitError)
    assert outcome.error.reset == 5.0
    assert len(server.requests) == 1
    assert outcome.elapsed < 1.0


@pytest.mark.parametrize("mode", MODES)
def test_with_options_sets_a_total_timeout_per_call(mode: Mode) -> None:
    with RawServer(Script(HANG)) as server:
        client = planted_client(server.base_url, mode=mode, timeout=0.3, max_retries=50)
        view = client.with_options(total_timeout=0.5)
        if mode == "sync":
            with client, pytest.raises(ApiTimeoutError):
                get_action_connection.sync("c1", client=view)
        else:

            async def run() -> None:
                async with client:
                    with pytest.raises(ApiTimeoutError):
                        await asyncio.wait_for(get_action_connection.asyncio("c1", client=view), 10)

            asyncio.run(run())
    assert 1 <= len(server.requests) <= 3


# -- item 2: no key anywhere in the exception chain ------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["refused", "hang", "trickle"])
def test_the_httpx_request_chained_to_an_error_carries_no_key(mode: Mode, fault: str) -> None:
    actions: dict[str, Action] = {"refused": HANG, "hang": HANG, "trickle": TRICKLE}
    with RawServer(Script(actions[fault])) as server:
        base_url = f"http://127.0.0.1:{refused_port()}" if fault == "refused" else server.base_url
        client = planted_client(base_url, mode=mode, timeout=0.3, max_retries=0)
        outcome = run_steps(mode, client, [Step(get_action_connection, ("c1",))], deadline=10)
    assert outcome.error is not None
    requests = chained_requests(outcome.error)
    if fault == "refused":  # httpx keeps the request it failed on (a deadline's own error has none)
        assert requests, "the chain should keep httpx's error (and its request) for debugging"
    for request in requests:
        assert request.headers["DD-API-KEY"] == "<redacted>"
        assert request.headers["DD-APPLICATION-KEY"] == "<redacted>"
    assert_no_secret(exception_texts(outcome.error), "the exception chain")


@pytest.mark.parametrize("mode", MODES)
def test_a_server_that_echoes_the_keys_does_not_put_them_in_the_error(mode: Mode) -> None:
    def echo(request: Any) -> Respond:
        return json_response(400, {"errors": [f"bad key {request.headers['dd-api-key']}"], "echo": request.headers})

    with RawServer(echo) as server:
        client = planted_client(server.base_url, mode=mode)
        outcome = run_steps(mode, client, [Step(get_action_connection, ("c1",))], deadline=10)
    assert isinstance(outcome.error, ApiError)
    assert "<redacted>" in outcome.error.body
    assert_no_secret(exception_texts(outcome.error), "an echoed error body")


# -- item 21: closing a view closes only the view --------------------------------------------------------------


def test_closing_a_sync_view_leaves_its_client_open() -> None:
    with RawServer(Script(json_response(200, CONNECTION))) as server, planted_client(server.base_url) as client:
        with client.with_options(timeout=5) as view:
            get_action_connection.sync("c1", client=view)
        other = client.with_options(max_retries=0)
        assert view.closed
        assert not client.closed
        with pytest.raises(ClientClosedError, match="view is closed"):
            get_action_connection.sync("c1", client=view)
        get_action_connection.sync("c1", client=client)
        get_action_connection.sync("c1", client=other)
        view.close()  # idempotent
        sent = len(server.requests)
    assert client.closed
    assert other.closed  # closing the client closes every view of it
    assert sent == 3


async def test_closing_an_async_view_leaves_its_client_open() -> None:
    with RawServer(Script(json_response(200, CONNECTION))) as server:
        async with planted_client(server.base_url, mode="async") as client:
            async with client.with_options(timeout=5) as view:
                await get_action_connection.asyncio("c1", client=view)
            assert view.closed
            assert not client.closed
            with pytest.raises(ClientClosedError, match="view is closed"):
                await get_action_connection.asyncio("c1", client=view)
            await get_action_connection.asyncio("c1", client=client)
        assert client.closed
        assert len(server.requests) == 2


# -- item 16: exceptions cross process boundaries ---------------------------------------------------------------


def test_an_api_error_raised_in_a_process_pool_worker_reaches_the_parent_typed() -> None:
    with RawServer(Script(NOT_FOUND)) as server:
        context = multiprocessing.get_context("spawn")
        with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            future = pool.submit(fetch_connection, server.base_url, "c1")
            with pytest.raises(NotFoundError) as info:
                future.result(timeout=60)
            # The pool survived the error: a second task runs in it.
            again = pool.submit(fetch_connection, server.base_url, "c2")
            with pytest.raises(NotFoundError):
                again.result(timeout=60)
    error = info.value
    assert (error.status_code, error.errors, error.operation, error.method) == (
        404,
        ["Not found"],
        "get_action_connection",
        "GET",
    )
    assert error.url == f"{server.base_url}/api/v2/actions/connections/c1"
    assert_no_secret([str(error), repr(error), repr(vars(error))], "an error from a worker")


# -- item 1: the keys on the wire -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_keys_read_with_a_trailing_newline_reach_the_wire_stripped(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DD_API_KEY", SECRET_API + "\n")
    monkeypatch.setenv("DD_APP_KEY", SECRET_APP + "\r\n")
    with RawServer(Script(json_response(200, CONNECTION))) as server:
        from datadog_async import AsyncDatadogClient, DatadogClient

        cls = DatadogClient if mode == "sync" else AsyncDatadogClient
        client = cls(base_url=server.base_url)
        outcome = run_steps(mode, client, [Step(get_action_connection, ("c1",))], deadline=10)
    assert outcome.error is None
    raw = server.requests[0].raw
    assert f"dd-api-key: {SECRET_API}\r\n".encode() in raw.lower()
    assert f"dd-application-key: {SECRET_APP}\r\n".encode() in raw.lower()
    assert raw.count(b"\r\n\r\n") == 1  # nothing injected into the head
    assert all(secret in raw.decode() for secret in SECRETS)
