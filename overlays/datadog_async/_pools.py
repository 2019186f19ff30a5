"""The connection pool of each client (an httpx client, created on first use, shared by the views of a client)."""

from __future__ import annotations

import threading
from typing import Any

import httpx

from ._errors import ClientClosedError

#: Headers that carry secrets: never logged, never shown in a repr, dropped on a redirect to another host.
SECRET_HEADERS = ("DD-API-KEY", "DD-APPLICATION-KEY", "Authorization")

# Enough keep-alive connections for high fan-out: without them httpx closes and reopens sockets under load.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)


class Pool:
    """The connection pool of one client, shared by every ``with_options`` view of it; created on first use."""

    __slots__ = ("closed", "lock", "settings")

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.closed = False
        self.lock = threading.Lock()

    def _check_open(self) -> None:
        if self.closed:
            raise ClientClosedError("This client is closed; create a new one.")


class SyncPool(Pool):
    """The ``httpx.Client`` of a DatadogClient."""

    __slots__ = ("client",)

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.client: httpx.Client | None = None

    def get(self) -> httpx.Client:
        self._check_open()
        if self.client is None:
            with self.lock:
                if self.client is None:
                    host = httpx.URL(self.settings["base_url"]).host

                    def guard(request: httpx.Request) -> None:
                        _strip_secrets(request, host)

                    client = httpx.Client(event_hooks={"request": [guard]}, **self.settings)
                    _drop_cookies(client, self.settings)
                    self.client = client
        return self.client

    def close(self) -> None:
        self.closed = True
        if self.client is not None:
            self.client.close()


class AsyncPool(Pool):
    """The ``httpx.AsyncClient`` of an AsyncDatadogClient."""

    __slots__ = ("client",)

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.client: httpx.AsyncClient | None = None

    def get(self) -> httpx.AsyncClient:
        self._check_open()
        if self.client is None:
            with self.lock:
                if self.client is None:
                    host = httpx.URL(self.settings["base_url"]).host

                    async def guard(request: httpx.Request) -> None:
                        _strip_secrets(request, host)

                    settings = dict(self.settings)
                    if not _TRANSPORT_ARGS & settings.keys():
                        settings["transport"] = _ShardedTransport(settings)
                    aclient = httpx.AsyncClient(event_hooks={"request": [guard]}, **settings)
                    _drop_cookies(aclient, self.settings)
                    self.client = aclient
        return self.client

    async def aclose(self) -> None:
        self.closed = True
        if self.client is not None:
            await self.client.aclose()


_TRANSPORT_ARGS = frozenset({"transport", "mounts", "proxy", "app"})
#: httpcore pools per async client (see _ShardedTransport); measured best at 64 in flight (bench/README.md).
_SHARDS = 8


class _ShardedTransport(httpx.AsyncBaseTransport):
    """Several httpcore pools, each request sent through the least busy one.

    httpcore's AsyncConnectionPool does bookkeeping over every connection for every request (expiry checks,
    a scan for an idle connection): with 64 requests in flight on 64 connections that is O(64) twice per
    request and triples a request's CPU. Split into shards of at most 1/N of the connections, each scan is N
    times shorter, while the client as a whole still keeps as many connections open as requests in flight.
    """

    def __init__(self, settings: dict[str, Any]) -> None:
        limits: httpx.Limits = settings.get("limits", DEFAULT_LIMITS)
        shards = _SHARDS
        per = httpx.Limits(
            max_connections=None if limits.max_connections is None else -(-limits.max_connections // shards),
            max_keepalive_connections=None
            if limits.max_keepalive_connections is None
            else -(-limits.max_keepalive_connections // shards),
            keepalive_expiry=limits.keepalive_expiry,
        )
        passed = {k: settings[k] for k in ("verify", "cert", "trust_env", "http1", "http2") if k in settings}
        self._shards = [httpx.AsyncHTTPTransport(limits=per, **passed) for _ in range(shards)]
        self._busy = [0] * shards

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        busy = self._busy
        index = busy.index(min(busy))
        busy[index] += 1
        try:
            response = await self._shards[index].handle_async_request(request)
        except BaseException:
            busy[index] -= 1
            raise
        response.stream = _Release(response.stream, busy, index)
        return response

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()


class _Release(httpx.AsyncByteStream):
    """A response body that marks its shard less busy once it is closed (read to the end or abandoned)."""

    __slots__ = ("_busy", "_index", "_stream")

    def __init__(self, stream: Any, busy: list[int], index: int) -> None:
        self._stream = stream
        self._busy = busy
        self._index = index

    async def __aiter__(self) -> Any:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if self._index >= 0:
                self._busy[self._index] -= 1
                self._index = -1


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing: the Datadog API sets no cookies, and parsing Set-Cookie on every
    response through http.cookiejar costs more than the rest of the response handling."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def _drop_cookies(client: httpx.Client | httpx.AsyncClient, settings: dict[str, Any]) -> None:
    if "cookies" not in settings:
        client._cookies = _NoCookies()


def _strip_secrets(request: httpx.Request, api_host: str) -> None:
    """A redirect to another host must not carry the keys (httpx itself only drops Authorization)."""
    if request.url.host != api_host:
        for name in SECRET_HEADERS:
            request.headers.pop(name, None)
