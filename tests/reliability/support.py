"""Shared pieces of the reliability tests: planted keys, a client on a real socket, pool and leak checks."""

from __future__ import annotations

import asyncio
import logging
import re
import subprocess
import sys
import threading
import traceback
import warnings
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal, TypeVar

import httpcore
import httpx
import pytest
from datadog_async import UNSTABLE_OPERATIONS, AsyncDatadogClient, DatadogClient

#: Keys planted in every reliability test: each must appear on the wire and nowhere else.
SECRET_API = "planted-api-secret-7f3a9c1e5b"
SECRET_APP = "planted-app-secret-2d8e4f6a0c"
SECRETS = (SECRET_API, SECRET_APP)

Mode = Literal["sync", "async"]
MODES: tuple[Mode, Mode] = ("sync", "async")
T = TypeVar("T")

# A valid ActionConnectionResponse (the seed's example shape).
CONNECTION: dict[str, Any] = {
    "data": {
        "id": "c1",
        "type": "action_connection",
        "attributes": {
            "name": "My AWS Connection",
            "integration": {
                "type": "AWS",
                "credentials": {"type": "AWSAssumeRole", "role": "my-role", "account_id": "111222333444"},
            },
        },
    }
}
CREATE_BODY: dict[str, Any] = {
    "data": {
        "type": "action_connection",
        "attributes": {
            "name": "Reliability",
            "integration": {
                "type": "AWS",
                "credentials": {"type": "AWSAssumeRole", "role": "r", "account_id": "123456789123"},
            },
        },
    }
}


AnyClient = DatadogClient | AsyncDatadogClient


def planted_client(base_url: str, *, mode: Mode = "sync", **kwargs: Any) -> Any:
    """A client of ``mode`` with the planted keys, every unstable operation enabled and no jitter in its backoff."""
    cls = DatadogClient if mode == "sync" else AsyncDatadogClient
    client = cls(
        api_key=SECRET_API,
        app_key=SECRET_APP,
        base_url=base_url,
        unstable_operations=UNSTABLE_OPERATIONS,
        **kwargs,
    )
    client._random = lambda: 0.0  # backoff of zero seconds: the tests count attempts, not wall time
    return client


def _transport(client: AnyClient, mode: Mode) -> Any:
    http = client._pool.client
    assert http is not None, "the client has not opened its pool"
    return http._transport


def httpcore_pools(transport: Any) -> list[Any]:
    """The httpcore connection pools behind an httpx transport: its own, or those of the transports it wraps
    (the client may shard its connections over several pools)."""
    if isinstance(transport, httpcore.ConnectionPool | httpcore.AsyncConnectionPool):
        return [transport]
    if isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport):
        return [transport._pool]
    found: list[Any] = []
    for value in _attributes(transport):
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, httpx.BaseTransport | httpx.AsyncBaseTransport | httpcore.AsyncConnectionPool):
                found += httpcore_pools(item)
    return found


def _attributes(obj: Any) -> list[Any]:
    names = list(getattr(obj, "__dict__", {})) + [n for c in type(obj).__mro__ for n in getattr(c, "__slots__", ())]
    return [getattr(obj, name) for name in names if hasattr(obj, name)]


def busy_connections(client: AnyClient, mode: Mode) -> int:
    """Connections of the httpcore pools that are not idle (in use, half-read, broken), queued requests, and any
    request a wrapping transport still counts as in flight."""
    transport = _transport(client, mode)
    pools = httpcore_pools(transport)
    assert pools, f"no httpcore pool found behind {transport!r}"
    busy = 0
    for pool in pools:
        busy += sum(1 for conn in pool.connections if not conn.is_idle() and not conn.is_closed())
        busy += len(pool._requests)
    counters = getattr(transport, "_busy", None)
    if isinstance(counters, list):
        busy += sum(counters)
    return busy


def pool_size(client: AnyClient, mode: Mode) -> int:
    """Open connections across the client's pools."""
    return sum(len(pool.connections) for pool in httpcore_pools(_transport(client, mode)))


def ident_of(response: Any) -> str:
    """The id of a response's ``data`` (typed models say it may be unset)."""
    ident = response.data.id
    assert isinstance(ident, str)
    return ident


def exception_texts(exc: BaseException | None) -> list[str]:
    """Everything a user could reach from an exception: str, repr, the formatted traceback, and every exception
    of the chain (``__cause__`` and ``__context__``, both followed) with its attributes, and the URL and every
    header of any httpx Request or Response they hold."""
    texts: list[str] = []
    seen: set[int] = set()
    pending = [exc] if exc is not None else []
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        texts += [str(current), repr(current), *(repr(value) for value in vars(current).values())]
        texts += http_texts(current)
        pending += [linked for linked in (current.__cause__, current.__context__) if linked is not None]
    if exc is not None:
        texts.append("".join(traceback.format_exception(exc)))
    return texts


def chained_requests(exc: BaseException) -> list[httpx.Request]:
    """The httpx Requests held by the exceptions of the chain (their own, or their response's)."""
    found: list[httpx.Request] = []
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for value in vars(current).values():
            if isinstance(value, httpx.Response) and value._request is not None:
                value = value._request
            if isinstance(value, httpx.Request):
                found.append(value)
        pending += [linked for linked in (current.__cause__, current.__context__) if linked is not None]
    return found


def http_texts(exc: BaseException) -> list[str]:
    """The URL and every header (raw bytes, so nothing is masked) of the httpx Request or Response an exception
    holds as an attribute (httpx errors keep the request they failed on)."""
    texts: list[str] = []
    for value in vars(exc).values():
        messages: list[httpx.Request | httpx.Response] = []
        if isinstance(value, httpx.Response):
            messages.append(value)
            if value._request is not None:
                messages.append(value._request)
        elif isinstance(value, httpx.Request):
            messages.append(value)
        for message in messages:
            if isinstance(message, httpx.Request):
                texts.append(str(message.url))
            texts += [f"{name.decode('latin-1')}: {val.decode('latin-1')}" for name, val in message.headers.raw]
    return texts


@dataclass
class Capture:
    """Every log record (any logger, DEBUG and up, formatted) and every warning emitted while active."""

    records: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        return self.records + self.warnings


class _ListHandler(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self._sink = sink
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self._sink.append(self.format(record))
        self._sink.append(repr(record.args))


@contextmanager
def capture_everything() -> Iterator[Capture]:
    capture = Capture()
    root = logging.getLogger()
    handler = _ListHandler(capture.records)
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield capture
        capture.warnings += [f"{w.category.__name__}: {w.message}" for w in caught]
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def assert_no_secret(texts: list[str], where: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"a planted key leaked into {where}: {text[:300]!r}"


@dataclass(frozen=True)
class Step:
    """One call of a generated endpoint: ``endpoint.sync(*args, client=..., **kwargs)`` or its async twin."""

    endpoint: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Outcome:
    results: list[Any]
    error: BaseException | None
    elapsed: float
    busy: int
    """Busy connections and queued requests in the pool once the steps ended (before closing)."""


def run_steps(mode: Mode, client: AnyClient, steps: list[Step], deadline: float) -> Outcome:
    """Run the steps in order through the sync or async functions, stop at the first exception, close the client.

    A call that has not finished ``deadline`` seconds after the start fails the test (no hang).
    """
    if isinstance(client, AsyncDatadogClient):
        return asyncio.run(_run_async(client, steps, deadline))
    box: list[Outcome] = []
    sync_client = client
    worker = threading.Thread(target=lambda: box.append(_run_sync(sync_client, steps)), daemon=True)
    worker.start()
    worker.join(deadline)
    if worker.is_alive():
        pytest.fail(f"the sync call did not return within {deadline}s")
    return box[0]


def _run_sync(client: DatadogClient, steps: list[Step]) -> Outcome:
    import time

    results: list[Any] = []
    error: BaseException | None = None
    with client:
        started = time.perf_counter()
        try:
            for step in steps:
                results.append(step.endpoint.sync(*step.args, client=client, **step.kwargs))
        except Exception as exc:
            error = exc
        elapsed = time.perf_counter() - started
        busy = busy_connections(client, "sync")
    return Outcome(results, error, elapsed, busy)


async def _run_async(client: AsyncDatadogClient, steps: list[Step], deadline: float) -> Outcome:
    import time

    results: list[Any] = []
    error: BaseException | None = None
    async with client:
        started = time.perf_counter()
        try:
            async with asyncio.timeout(deadline):
                for step in steps:
                    results.append(await step.endpoint.asyncio(*step.args, client=client, **step.kwargs))
        except TimeoutError:
            pytest.fail(f"the async call did not return within {deadline}s")
        except Exception as exc:
            error = exc
        elapsed = time.perf_counter() - started
        busy = busy_connections(client, "async")
    return Outcome(results, error, elapsed, busy)


async def within(seconds: float, awaitable: Awaitable[T]) -> T:
    """Await with a hard bound: a hang fails the test instead of stalling the suite."""
    async with asyncio.timeout(seconds):
        return await awaitable


def pending_tasks() -> set[asyncio.Task[Any]]:
    """Tasks of the running loop other than the current one that are not done."""
    current = asyncio.current_task()
    return {task for task in asyncio.all_tasks() if task is not current and not task.done()}


Check = Callable[[list[Any]], None]


@contextmanager
def fake_process(seed: int = 7) -> Iterator[str]:
    """The embedded fake on a real socket, in its own process (``python -m datadog_async.testing --port 0``);
    yields its URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "datadog_async.testing", "--port", "0", "--seed", str(seed)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()  # "... listening on http://127.0.0.1:PORT"
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert found, f"the fake did not start: {line!r}"
        yield found.group(0)
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        if proc.stderr is not None:
            proc.stderr.close()
