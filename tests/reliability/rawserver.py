"""A tiny HTTP/1.1 server on raw asyncio sockets, for the faults an ASGI app cannot produce.

It runs its own event loop in a thread, so sync and async clients alike can talk to it, and answers each
request with an action chosen by a handler: a well-formed response, or raw bytes followed by a keep-alive,
a clean close, a TCP reset (RST) or silence. It counts the sockets it holds open, which is how the tests see
that the client closed every connection it opened.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any, Literal

After = Literal["keep", "close", "reset", "hang"]


@dataclass(frozen=True, slots=True)
class RawRequest:
    """One request as the server read it off the socket."""

    method: str
    target: str
    headers: dict[str, str]
    """Header names lower-cased."""
    body: bytes
    raw: bytes
    """Every byte of the request, head and body: what a key-leak check searches."""
    connection: int
    """Which accepted connection carried it (1, 2, ...)."""

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> dict[str, str]:
        from urllib.parse import parse_qsl

        return dict(parse_qsl(self.target.split("?", 1)[1])) if "?" in self.target else {}


@dataclass(frozen=True, slots=True)
class Respond:
    """A well-formed response with a Content-Length; the connection stays open (keep-alive)."""

    status: int
    body: bytes = b""
    headers: Sequence[tuple[str, str]] = ()
    delay: float = 0.0
    """Seconds to wait before answering."""

    def encode(self) -> bytes:
        return head(self.status, [*self.headers, ("Content-Length", str(len(self.body)))]) + self.body


@dataclass(frozen=True, slots=True)
class Raw:
    """Send ``data`` verbatim (possibly nothing), then keep the connection, close it, reset it, or hang."""

    data: bytes = b""
    after: After = "keep"


@dataclass(frozen=True, slots=True)
class Trickle:
    """Send ``data`` one byte every ``interval`` seconds (a server that keeps each read alive forever), then
    keep the connection; a client that gives up closes it."""

    data: bytes
    interval: float = 0.02
    prefix: bytes = b""
    """Sent at once before the trickle (a response head, say)."""


Action = Respond | Raw | Trickle
Handler = Callable[[RawRequest], Action]


def head(status: int, headers: Sequence[tuple[str, str]]) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def json_response(
    status: int, value: Any, headers: Sequence[tuple[str, str]] = (), *, gzipped: bool = False
) -> Respond:
    body = json.dumps(value, separators=(",", ":")).encode()
    extra = [("Content-Type", "application/json"), *headers]
    if gzipped:
        body = gzip.compress(body)
        extra.append(("Content-Encoding", "gzip"))
    return Respond(status, body, extra)


RESET: Raw = Raw(b"", "reset")
HANG: Raw = Raw(b"", "hang")


class Script:
    """A handler that answers requests with ``actions`` in order, repeating the last one."""

    def __init__(self, *actions: Action) -> None:
        if not actions:
            raise ValueError("a script needs at least one action")
        self._actions = list(actions)
        self._lock = threading.Lock()

    def __call__(self, request: RawRequest) -> Action:
        with self._lock:
            return self._actions.pop(0) if len(self._actions) > 1 else self._actions[0]


@dataclass
class RawServer:
    """Serve ``handler`` on 127.0.0.1 (a free port) from a background thread: ``with RawServer(h) as s:``."""

    handler: Handler
    requests: list[RawRequest] = field(default_factory=list)
    port: int = 0
    accepted: int = 0
    """Connections accepted so far."""
    tls: ssl.SSLContext | None = None
    """Serve https with this server context (see ``tls_contexts``)."""
    _open: set[asyncio.StreamWriter] = field(default_factory=set)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _loop: asyncio.AbstractEventLoop | None = None
    _server: asyncio.Server | None = None
    _thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def open_connections(self) -> int:
        """Sockets the server still holds open (a socket closes once the client closes its end)."""
        return len(self._open)

    def __enter__(self) -> RawServer:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        async def start() -> None:
            self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=1 << 20, ssl=self.tls)
            self.port = self._server.sockets[0].getsockname()[1]

        def run() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(start())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="raw-http-server", daemon=True)
        self._thread.start()
        if not ready.wait(5):
            raise RuntimeError("the raw server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        loop, thread = self._loop, self._thread
        assert loop is not None
        assert thread is not None

        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            if self._server is not None:
                await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()

    def wait_until_closed(self, timeout: float = 3.0) -> int:
        """Block until the client has closed every connection (or ``timeout``); return how many stay open."""
        deadline = time.monotonic() + timeout
        while self._open and time.monotonic() < deadline:
            time.sleep(0.005)
        return len(self._open)

    async def wait_until_closed_async(self, within: float = 3.0) -> int:
        deadline = time.monotonic() + within
        # The set belongs to the server's thread: poll it (an asyncio.Event cannot be set across loops).
        while self._open and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        return len(self._open)

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.005)

    # -- the loop thread ---------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._open.add(writer)
        self.accepted += 1
        number = self.accepted
        try:
            while True:
                request = await _read_request(reader, number)
                if request is None:
                    return
                self.requests.append(request)
                action = self.handler(request)
                if isinstance(action, Respond):
                    if action.delay:
                        await asyncio.sleep(action.delay)
                    writer.write(action.encode())
                    await writer.drain()
                    continue
                if isinstance(action, Trickle):
                    writer.write(action.prefix)
                    for index in range(len(action.data)):
                        writer.write(action.data[index : index + 1])
                        await writer.drain()
                        await asyncio.sleep(action.interval)
                    continue
                if action.data:
                    writer.write(action.data)
                    await writer.drain()
                if action.after == "keep":
                    continue
                if action.after == "reset":
                    _abort_with_rst(writer)
                    return
                if action.after == "hang":
                    while await reader.read(1 << 16):  # until the client gives up and closes
                        pass
                return
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return
        except asyncio.CancelledError:
            return
        finally:
            self._open.discard(writer)
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


async def _read_request(reader: asyncio.StreamReader, connection: int) -> RawRequest | None:
    try:
        head_bytes = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head_bytes.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    body = b""
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _read_chunked(reader)
    return RawRequest(method, target, headers, body, head_bytes + body, connection)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = b""
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return body
        body += await reader.readexactly(size)
        await reader.readexactly(2)


def _abort_with_rst(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset rather than a FIN: SO_LINGER on, zero seconds, then close at once."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


TLS_DIR = Path(__file__).parent / "tls"


def tls_contexts() -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A server context with the test certificate for 127.0.0.1 (tls/README.md), and a client context that
    trusts it (pass it as ``httpx_args={"verify": ...}``)."""
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(TLS_DIR / "localhost.pem", TLS_DIR / "localhost.key")
    client = ssl.create_default_context(cafile=str(TLS_DIR / "localhost.pem"))
    return server, client


def refused_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@contextlib.contextmanager
def serving(handler: Handler) -> Iterator[RawServer]:
    with RawServer(handler) as server:
        yield server
