"""The ASGI side of the fake: what uvicorn (or any ASGI server) runs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Protocol
from urllib.parse import quote

import anyio

from ._http import FakeRequest, FakeResponse, decode_path, decode_query

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class _Handles(Protocol):
    def handle(self, request: FakeRequest) -> FakeResponse: ...


class ConnectionDropped(Exception):
    """Raised after the response has started, so that the server aborts the connection (an injected fault)."""


async def serve_asgi(fake: _Handles, scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        raise ValueError(f"datadog_async.testing serves HTTP only, not {scope['type']!r}.")
    body = bytearray()
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        body.extend(message.get("body", b""))
        more = bool(message.get("more_body", False))
    raw_path = scope.get("raw_path")
    # Without raw_path, scope["path"] is already decoded: encode it again (a "%" in it included).
    path = decode_path(raw_path) if raw_path else quote(scope["path"], safe="/")
    request = FakeRequest(
        method=scope["method"],
        path=path,
        query=decode_query(scope.get("query_string", b"")),
        headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])},
        body=bytes(body),
    )
    response = fake.handle(request)
    if response.delay:
        await anyio.sleep(response.delay)
    if response.drop:
        # Start a response that promises a body, then abort: the client sees the connection drop.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
        raise ConnectionDropped("datadog_async.testing: injected fault, connection dropped")
    content = response.content()
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.all_headers().items()]
    headers.append((b"content-length", str(len(content)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": content})
