"""The async client's transport: httpcore pools in shards, and the proxy routes httpx takes from the environment."""

from __future__ import annotations

from typing import Any

import httpx
from httpx._utils import get_environment_proxies  # httpx's own HTTP(S)_PROXY/ALL_PROXY/NO_PROXY rules

#: Arguments that choose the transport themselves: with any of them the client is left to httpx.
TRANSPORT_ARGS = frozenset({"transport", "mounts", "proxy", "app"})
#: httpcore pools per async client (see ShardedTransport); measured best at 64 in flight (bench/README.md).
SHARDS = 8
_PASSED = ("http1", "http2", "trust_env")


class ShardedTransport(httpx.AsyncBaseTransport):
    """Several httpcore pools, each request sent through the least busy one.

    httpcore's AsyncConnectionPool does bookkeeping over every connection for every request (expiry checks,
    a scan for an idle connection): with 64 requests in flight on 64 connections that is O(64) twice per
    request and triples a request's CPU. Split into shards of at most 1/N of the connections, each scan is N
    times shorter, while the client as a whole still keeps as many connections open as requests in flight.
    The limits are split so that their sum is the client's: ``max_connections=2`` opens at most 2 sockets.
    """

    def __init__(self, settings: dict[str, Any], limits: httpx.Limits, proxy: httpx.Proxy | None = None) -> None:
        total = limits.max_connections
        shards = SHARDS if total is None else max(1, min(SHARDS, total))
        connections = _split(total, shards)
        keepalive = _split(limits.max_keepalive_connections, shards)
        # One SSL context for every shard: each would otherwise load the CA bundle again.
        verify = httpx.create_ssl_context(
            verify=settings.get("verify", True), cert=settings.get("cert"), trust_env=settings.get("trust_env", True)
        )
        passed = {name: settings[name] for name in _PASSED if name in settings}
        self._shards = [
            httpx.AsyncHTTPTransport(
                verify=verify,
                proxy=proxy,
                limits=httpx.Limits(
                    max_connections=connections[i],
                    max_keepalive_connections=keepalive[i],
                    keepalive_expiry=limits.keepalive_expiry,
                ),
                **passed,
            )
            for i in range(shards)
        ]
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


def env_mounts(settings: dict[str, Any], limits: httpx.Limits) -> dict[str, ShardedTransport | None]:
    """The ``mounts`` httpx builds from the proxy environment variables for a client without a transport of its
    own (``trust_env`` on): given our transport, httpx skips them, so the async client would ignore the proxy
    settings the sync one honours. ``None`` routes (``NO_PROXY``) go to the default, direct transport."""
    if not settings.get("trust_env", True):
        return {}
    return {
        pattern: None if url is None else ShardedTransport(settings, limits, httpx.Proxy(url))
        for pattern, url in get_environment_proxies().items()
    }


def _split(total: int | None, parts: int) -> list[int | None]:
    """``total`` in ``parts`` whole shares that add up to it (None: unlimited, for every part)."""
    if total is None:
        return [None] * parts
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


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
