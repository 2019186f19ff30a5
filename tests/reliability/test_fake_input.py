"""The fake answers malformed requests with a 400 in Datadog's error format, in process and over a socket:
huge integers, deep nesting, bytes that are not UTF-8, non-finite numbers, a body not sent as JSON. It never
crashes, never answers 500, and keeps serving afterwards."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from datadog_async.testing import FakeDatadog
from datadog_async.testing._app import FAKE_API_KEY, FAKE_APP_KEY
from reliability.support import fake_process

KEYS = {"DD-API-KEY": FAKE_API_KEY, "DD-APPLICATION-KEY": FAKE_APP_KEY}
JSON = "application/json"
DEEP = 100_000
HUGE = "9" * 5_000  # more digits than int() converts by default (4300)


def _incident(title: str) -> str:
    return '{"data":{"type":"incidents","attributes":{"title":' + title + ',"customer_impacted":false}}}'


def _extra(value: str) -> bytes:
    """A valid incident with an extra attribute: the schema takes any JSON value there."""
    return _incident('"t","extra":' + value).encode()


@dataclass(frozen=True)
class Bad:
    method: str
    target: str
    body: bytes = b""
    content_type: str | None = JSON


MALFORMED: dict[str, Bad] = {
    "huge-integer-in-the-query": Bad("GET", f"/api/v2/incidents?page%5Bsize%5D={HUGE}"),
    "huge-integer-in-the-body": Bad("POST", "/api/v2/incidents", _extra(HUGE)),
    "huge-exponent-in-the-body": Bad("POST", "/api/v2/incidents", _extra("1e99999")),
    "nan-in-the-body": Bad("POST", "/api/v2/incidents", _extra("NaN")),
    "infinity-in-the-body": Bad("POST", "/api/v2/incidents", _extra("-Infinity")),
    "deeply-nested-arrays": Bad("POST", "/api/v2/incidents", b"[" * DEEP + b"]" * DEEP),
    "deeply-nested-objects": Bad("POST", "/api/v2/incidents", b'{"a":' * DEEP + b"1" + b"}" * DEEP),
    "deep-nesting-inside-a-valid-body": Bad("POST", "/api/v2/incidents", _extra("[" * 5_000 + "]" * 5_000)),
    "invalid-utf8-in-the-body": Bad("POST", "/api/v2/incidents", _incident('"\xff\xfe"').encode("latin-1")),
    "invalid-utf8-in-a-query-value": Bad("GET", "/api/v2/incidents/search?query=%FF%FE"),
    "invalid-utf8-in-a-query-name": Bad("GET", "/api/v2/incidents?%FF=1"),
    "invalid-utf8-in-a-path-parameter": Bad("GET", "/api/v2/actions/connections/%FF%FE"),
    "text-plain-content-type": Bad("POST", "/api/v2/incidents", _incident('"t"').encode(), "text/plain"),
    "no-content-type": Bad("POST", "/api/v2/incidents", _incident('"t"').encode(), None),
    "form-content-type": Bad("POST", "/api/v2/incidents", b"title=t", "application/x-www-form-urlencoded"),
}


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    with fake_process(seed=3) as url:
        yield url


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes


def _assert_datadog_400(answer: Answer) -> None:
    assert answer.status == 400, answer.body[:300]
    assert answer.content_type.startswith(JSON)
    errors = json.loads(answer.body)["errors"]
    assert errors, "an empty errors list"
    for item in errors:
        assert isinstance(item, str) or (item["status"] == "400" and item["title"] == "Bad Request" and item["detail"])


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
def test_malformed_requests_get_a_400_in_process(case: str) -> None:
    bad = MALFORMED[case]
    fake = FakeDatadog()
    headers = dict(KEYS)
    if bad.content_type:
        headers["Content-Type"] = bad.content_type
    with httpx.Client(transport=fake.transport(), base_url="https://api.datadoghq.fake") as http:
        response = http.request(bad.method, bad.target, content=bad.body, headers=headers)
        _assert_datadog_400(Answer(response.status_code, response.headers["content-type"], response.content))
        assert http.get("/api/v2/incidents", headers=KEYS).status_code == 200  # still serving


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
def test_malformed_requests_get_a_400_over_a_socket(fake_url: str, case: str) -> None:
    bad = MALFORMED[case]
    port = int(fake_url.rsplit(":", 1)[1])
    _assert_datadog_400(_raw_request(port, bad))
    assert _raw_request(port, Bad("GET", "/api/v2/incidents")).status == 200  # the server still serves


@pytest.mark.parametrize("raw_path", [b"/api/v2/actions/connections/\xff\xfe", b"/api/v2/incidents/\xc3("])
async def test_raw_bytes_that_are_not_utf8_in_an_asgi_path_get_a_400(raw_path: bytes) -> None:
    """HTTP servers refuse raw non-ASCII bytes in a request line; an ASGI server that passes them on gets a 400."""
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": raw_path.decode("latin-1"),
        "raw_path": raw_path,
        "query_string": b"",
        "headers": [(name.lower().encode(), value.encode()) for name, value in KEYS.items()],
    }
    await FakeDatadog()(scope, receive, send)
    start, body = sent
    headers = dict(start["headers"])
    _assert_datadog_400(Answer(start["status"], headers[b"content-type"].decode(), body["body"]))


def _raw_request(port: int, bad: Bad) -> Answer:
    """Exactly these bytes on the wire (``Connection: close``), and the answer read to the end."""
    target = bad.target.encode("utf-8", "surrogateescape")
    lines = [b"%s %s HTTP/1.1" % (bad.method.encode(), target), b"Host: 127.0.0.1", b"Connection: close"]
    lines += [f"{name}: {value}".encode() for name, value in KEYS.items()]
    if bad.content_type:
        lines.append(f"Content-Type: {bad.content_type}".encode())
    lines.append(b"Content-Length: %d" % len(bad.body))
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + bad.body)
        received = bytearray()
        while chunk := sock.recv(1 << 16):
            received += chunk
    head, _, body = bytes(received).partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, Any] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Answer(int(status_line.split(" ")[1]), headers.get("content-type", ""), body)
