"""A tiny canned HTTP/1.1 keep-alive server on 127.0.0.1 for the benchmark (a separate process).

Routes (anything else is a 404), every body in Datadog's real shape (bench/realistic.py):
  GET  /api/v2/incidents/{id}  -> 200, one incident and two included users (IncidentResponse)
  GET  /api/v2/incidents?...   -> 200, the page at page[offset] (0 when absent) of 1,000 incidents in pages of 100
                                  (IncidentsResponse; 10 distinct full pages, then an empty one at 1000; another
                                  offset is a 404)
  POST /api/v2/incidents       -> 201, the created incident (IncidentResponse)

It prints its port on stdout, then serves until its parent exits, stdin closes, or --max-seconds pass: it can
never outlive the benchmark. Responses are pre-encoded so the server costs as little CPU as possible.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
from urllib.parse import parse_qs

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import payloads
import realistic


def _response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


NOT_FOUND = _response("404 Not Found", b'{"errors":["Not found"]}')
BAD = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class Routes:
    """The pre-encoded answers, built once at start-up (``nulls`` as in realistic.py)."""

    def __init__(self, nulls: realistic.Nulls) -> None:
        self.get_one = _response("200 OK", payloads.dumps(realistic.incident_response(1, nulls=nulls)))
        self.created = _response("201 Created", payloads.dumps(realistic.incident_response(2, nulls=nulls)))
        self.pages = {o: _response("200 OK", body) for o, body in realistic.paged_bodies(nulls).items()}

    def page(self, query: bytes) -> bytes:
        offsets = parse_qs(query.decode("latin-1")).get("page[offset]", ["0"])
        try:
            return self.pages.get(int(offsets[-1]), NOT_FOUND)
        except ValueError:
            return BAD


ROUTES: Routes | None = None


class Http(asyncio.Protocol):
    __slots__ = ("buf", "transport")

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.buf = b""

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buf[:end]
            length = 0
            lower = head.lower()
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : stop if stop >= 0 else len(lower)])
            if len(buf) < end + 4 + length:
                break
            line = head[: head.find(b"\r\n")] if b"\r\n" in head else head
            buf = buf[end + 4 + length :]
            self.transport.write(self.route(line))  # type: ignore[attr-defined]
        self.buf = buf

    @staticmethod
    def route(line: bytes) -> bytes:
        parts = line.split(b" ")
        if len(parts) != 3:
            return BAD
        assert ROUTES is not None
        method, (target, _, query) = parts[0], parts[1].partition(b"?")
        if target == b"/api/v2/incidents":
            return ROUTES.page(query) if method == b"GET" else ROUTES.created if method == b"POST" else NOT_FOUND
        if target.startswith(b"/api/v2/incidents/") and method == b"GET" and target.count(b"/") == 4:
            return ROUTES.get_one
        return NOT_FOUND


async def main(max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Http, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    parent = os.getppid()
    deadline = loop.time() + max_seconds
    stdin_closed = loop.create_future()

    def watch_stdin() -> None:  # the parent holds the other end of our stdin: EOF means it is gone
        while os.read(sys.stdin.fileno(), 4096):
            pass
        loop.call_soon_threadsafe(lambda: stdin_closed.done() or stdin_closed.set_result(None))

    threading.Thread(target=watch_stdin, daemon=True).start()
    while loop.time() < deadline and os.getppid() == parent and not stdin_closed.done():
        await asyncio.wait([stdin_closed], timeout=1.0)
    server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--nulls", choices=["real", "spec"], default="real")
    args = parser.parse_args()
    ROUTES = Routes(args.nulls)
    asyncio.run(main(args.max_seconds))
