"""In-process transport: httpx sends requests straight to a fake, sync and async alike, with no socket."""

from __future__ import annotations

import time
from typing import Protocol

import anyio
import httpx

from ._http import FakeRequest, FakeResponse, decode_query


class _Handles(Protocol):
    def handle(self, request: FakeRequest) -> FakeResponse: ...


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport for both ``httpx.Client`` and ``httpx.AsyncClient`` that answers from a fake."""

    def __init__(self, fake: _Handles) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        response = self._fake.handle(_to_fake(request))
        if response.delay:
            time.sleep(response.delay)
        return _to_httpx(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        response = self._fake.handle(_to_fake(request))
        if response.delay:
            await anyio.sleep(response.delay)
        return _to_httpx(request, response)


def _to_fake(request: httpx.Request) -> FakeRequest:
    return FakeRequest(
        method=request.method,
        path=request.url.raw_path.split(b"?", 1)[0].decode("ascii"),
        query=decode_query(request.url.query),
        headers={name.lower(): value for name, value in request.headers.items()},
        body=request.content,
    )


def _to_httpx(request: httpx.Request, response: FakeResponse) -> httpx.Response:
    if response.drop:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    return httpx.Response(response.status, headers=response.all_headers(), content=response.content(), request=request)
