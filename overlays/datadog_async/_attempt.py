"""One attempt of a call, bounded as a whole: connecting, sending, waiting and reading the body.

httpx's timeouts bound each phase and each read, so a server that trickles a body a byte at a time never trips
them. The attempt's limit is the largest field of the client's ``httpx.Timeout`` (clipped to what remains of
``total_timeout``): the async attempt runs inside ``asyncio.timeout`` (exact); the sync attempt checks the limit
between chunks of the body and clips every phase's timeout to it, so it ends at most one read past the limit
(a response head trickling byte by byte is not bounded in sync calls: README, Reliability, known limits).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx

from ._urls import RequestUrls


def attempt_limit(timeout: httpx.Timeout, deadline: float | None) -> float:
    """Seconds this attempt may take: its own limit, or what remains of the call's deadline if less."""
    phases = [value for value in (timeout.connect, timeout.read, timeout.write, timeout.pool) if value is not None]
    limit = max(phases)
    if deadline is not None:
        limit = min(limit, max(deadline - time.monotonic(), 0.001))
    return limit


async def attempt_async(
    http: httpx.AsyncClient, request: dict[str, Any], urls: RequestUrls, phases: httpx.Timeout, deadline: float | None
) -> httpx.Response:
    limit = attempt_limit(phases, deadline)
    bound = asyncio.timeout(limit)
    try:
        async with bound:
            return await http.request(**httpx_arguments(request, urls, http.params), timeout=_clipped(phases, limit))
    except TimeoutError:
        if not bound.expired():
            raise
        raise _too_slow(limit) from None


def attempt_sync(
    http: httpx.Client, request: dict[str, Any], urls: RequestUrls, timeout: httpx.Timeout, deadline: float | None
) -> httpx.Response:
    limit = attempt_limit(timeout, deadline)
    ends = time.monotonic() + limit
    built = http.build_request(**httpx_arguments(request, urls, http.params), timeout=_clipped(timeout, limit))
    response = http.send(built, stream=True)
    try:
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _Bounded(response.stream, ends, limit)
        response.read()
    except BaseException:
        response.close()
        raise
    return response


def httpx_arguments(request: dict[str, Any], urls: RequestUrls, client_params: httpx.QueryParams) -> dict[str, Any]:
    """The generated request as httpx arguments, its URL absolute and with the query in it: httpx would parse the
    relative URL, merge it into base_url and parse it again, then merge the params with two more parses (_urls
    builds the same URL with none). Only with params of the client's own (``httpx_args``) does httpx merge the
    request's into them, as before."""
    args = dict(request)
    params = args.pop("params", None)
    if params and client_params:
        args["url"] = urls.join(args["url"])
        args["params"] = params
    else:
        args["url"] = urls.join(args["url"], params)
    return args


def _clipped(timeout: httpx.Timeout, limit: float) -> httpx.Timeout:
    """No phase may outlast the attempt (httpx.Timeout fields are validated non-None at construction)."""
    fields = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if all(value is not None and value <= limit for value in fields):
        return timeout
    connect, read, write, pool = (limit if value is None else min(value, limit) for value in fields)
    return httpx.Timeout(connect=connect, read=read, write=write, pool=pool)


def _too_slow(limit: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        f"no complete response within {limit:.3g}s (the attempt's timeout, or what remained of total_timeout)"
    )


class _Bounded(httpx.SyncByteStream):
    """A sync response body that fails with ReadTimeout once the attempt's time is up, between two chunks."""

    def __init__(self, stream: httpx.SyncByteStream, ends: float, limit: float) -> None:
        self._stream = stream
        self._ends = ends
        self._limit = limit

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._ends:
                raise _too_slow(self._limit)
            yield chunk

    def close(self) -> None:
        self._stream.close()
