"""Faults on a real socket: each gives its typed outcome, within its time bound, with no connection left open
and no planted key in any log line, exception, repr or warning.

Every case runs through the sync and the async functions against the raw socket server (rawserver.py), which
can reset a connection, cut a body short, never answer, or break HTTP in ways an ASGI app cannot.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from datadog_async import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    BadRequestError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
)
from datadog_async.api.action_connection import create_action_connection, get_action_connection
from datadog_async.api.incidents import delete_incident, list_incidents
from datadog_async.models import ActionConnectionCreateRequest, ActionConnectionResponse, IncidentsResponse
from reliability.rawserver import (
    HANG,
    RESET,
    Action,
    Raw,
    RawServer,
    Respond,
    Script,
    head,
    json_response,
    refused_port,
)
from reliability.support import (
    CONNECTION,
    CREATE_BODY,
    SECRET_API,
    SECRET_APP,
    Mode,
    Step,
    assert_no_secret,
    capture_everything,
    exception_texts,
    ident_of,
    planted_client,
    run_steps,
)

GET = Step(get_action_connection, ("c1",))
POST = Step(create_action_connection, kwargs={"body": ActionConnectionCreateRequest.from_dict(CREATE_BODY)})
DELETE = Step(delete_incident, ("i1",))

OK = json_response(200, CONNECTION)
CREATED = json_response(201, CONNECTION)
HTML_502 = Respond(
    502,
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
    b"<hr><center>nginx</center></body></html>",
    [("Content-Type", "text/html")],
)
MID_BODY = head(200, [("Content-Type", "application/json"), ("Content-Length", "4000")]) + b'{"data": {"id": "c1",'


def chunked(data: bytes, size: int = 7) -> bytes:
    """A 200 whose JSON body comes in many small chunks (Transfer-Encoding: chunked)."""
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    body = b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in parts) + b"0\r\n\r\n"
    return head(200, [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")]) + body


def rate_limited(reset: str) -> Respond:
    return json_response(
        429,
        {"errors": ["Rate limit exceeded"]},
        [
            ("X-RateLimit-Limit", "100"),
            ("X-RateLimit-Period", "10"),
            ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Reset", reset),
            ("X-RateLimit-Name", "incidents_list"),
        ],
    )


def limited(status: int, *headers: tuple[str, str]) -> Respond:
    """A 429 or 503 with exactly these rate-limit or Retry-After headers (a name may repeat)."""
    return json_response(status, {"errors": ["Slow down"]}, list(headers))


def fractional_reset(exc: Exception) -> None:
    assert isinstance(exc, RateLimitError)
    assert exc.reset == 0.25  # the wait that was honoured, fraction kept


DEEP = b"[" * 200_000 + b"]" * 200_000


def server_error(status: int) -> Respond:
    return json_response(status, {"errors": ["Internal Server Error"]})


def is_connection(results: list[Any]) -> None:
    assert isinstance(results[-1], ActionConnectionResponse)
    assert ident_of(results[-1]) == "c1"


def big_page() -> tuple[Respond, int]:
    """A list_incidents page of about 10 MB."""
    pad = "x" * 960
    items = [{"id": f"i{n:06d}", "type": "incidents", "attributes": {"title": f"{n} {pad}"}} for n in range(10_500)]
    response = json_response(200, {"data": items, "meta": {"pagination": {"offset": 0, "size": len(items)}}})
    assert len(response.body) > 10_000_000
    return response, len(items)


BIG_PAGE, BIG_COUNT = big_page()


def is_big_page(results: list[Any]) -> None:
    page = results[-1]
    assert isinstance(page, IncidentsResponse)
    assert len(page.data) == BIG_COUNT
    assert [item.id for item in page.data[:2]] == ["i000000", "i000001"]
    assert page.data[-1].id == f"i{BIG_COUNT - 1:06d}"


STRAY = b'{"stray":1}\n'
STRAY_CHUNK = b"c\r\n" + STRAY + b"\r\n0\r\n\r\n"


def delete_then_get(results: list[Any]) -> None:
    assert results[0] is None  # the 204's stray body is ignored
    is_connection(results)  # and does not poison the next call on the same client


def delete_then_create(results: list[Any]) -> None:
    assert results[0] is None
    assert isinstance(results[1], ActionConnectionResponse)


@dataclass(frozen=True)
class Fault:
    id: str
    actions: tuple[Action, ...]
    steps: tuple[Step, ...] = (GET,)
    raises: type[Exception] | None = None
    check: Callable[[list[Any]], None] | None = is_connection
    attempts: int | None = None
    """Requests the server must have seen (None: not checked)."""
    max_elapsed: float = 2.0
    min_elapsed: float = 0.0
    client: dict[str, Any] = field(default_factory=dict)
    refused: bool = False
    error_check: Callable[[Exception], None] | None = None


def rate_error(exc: Exception) -> None:
    assert isinstance(exc, RateLimitError)
    assert (exc.limit, exc.period, exc.remaining, exc.reset, exc.name) == (100, 10, 0, 3600, "incidents_list")
    assert exc.errors == ["Rate limit exceeded"]


def html_error(exc: Exception) -> None:
    assert isinstance(exc, ServerError)
    assert exc.status_code == 502
    assert exc.errors == []
    assert "<title>502 Bad Gateway</title>" in exc.body  # the page is kept as text
    assert "502 Bad Gateway" in str(exc)


TIMEOUT = {"timeout": 0.3, "max_retries": 1}

FAULTS = [
    Fault("429-burst-then-ok", (rate_limited("0"), rate_limited("0"), OK), attempts=3),
    Fault("429-burst-then-ok-post", (rate_limited("0"), CREATED), steps=(POST,), attempts=2),
    Fault("429-waits-the-reset", (rate_limited("1"), OK), attempts=2, min_elapsed=1.0, max_elapsed=3.0),
    Fault("429-reset-past-the-cap", (rate_limited("3600"),), raises=RateLimitError, attempts=1, max_elapsed=0.5,
          error_check=rate_error),
    Fault("429-storm-exhausts-retries", (rate_limited("0"),), raises=RateLimitError, attempts=3),
    *(Fault(f"{s}-burst-get-retried", (server_error(s), server_error(s), OK), attempts=3)
      for s in (500, 502, 503, 504)),
    *(Fault(f"{s}-post-raised", (server_error(s), CREATED), steps=(POST,), raises=ServerError, attempts=1)
      for s in (500, 502, 503, 504)),
    Fault("503-storm-exhausts-retries", (server_error(503),), raises=ServerError, attempts=3),
    Fault("refused-get", (OK,), raises=ApiConnectionError, refused=True),
    Fault("refused-post", (OK,), steps=(POST,), raises=ApiConnectionError, refused=True),
    Fault("reset-before-response-then-ok", (RESET, RESET, OK), attempts=3),
    Fault("reset-before-response-get", (RESET,), raises=ApiConnectionError, attempts=3),
    Fault("reset-before-response-post", (RESET, CREATED), steps=(POST,), raises=ApiConnectionError, attempts=1),
    Fault("reset-mid-body-then-ok", (Raw(MID_BODY, "reset"), OK), attempts=2),
    Fault("reset-mid-body-get", (Raw(MID_BODY, "reset"),), raises=ApiConnectionError, attempts=3),
    Fault("reset-mid-body-post", (Raw(MID_BODY, "reset"), CREATED), steps=(POST,), raises=ApiConnectionError,
          attempts=1),
    Fault("close-mid-body-get", (Raw(MID_BODY, "close"),), raises=ApiConnectionError, attempts=3),
    Fault("garbage-status-line", (Raw(b"SSH-2.0-OpenSSH_9.6\r\n\r\n", "close"),), raises=ApiConnectionError,
          attempts=3),
    Fault("never-answers-get", (HANG,), raises=ApiTimeoutError, attempts=2, max_elapsed=1.2, min_elapsed=0.6,
          client=TIMEOUT),
    Fault("never-answers-post", (HANG,), steps=(POST,), raises=ApiTimeoutError, attempts=1, max_elapsed=0.8,
          min_elapsed=0.3, client=TIMEOUT),
    Fault("answers-after-the-timeout-then-ok", (Respond(200, b"{}", delay=1.0), OK), attempts=2, client=TIMEOUT),
    Fault("truncated-json", (Respond(200, b'{"data": {"id": "c1", "ty', [("Content-Type", "application/json")]),),
          raises=ResponseValidationError, attempts=1),
    Fault("html-502-page", (HTML_502,), raises=ServerError, attempts=3, error_check=html_error),
    Fault("html-502-page-then-ok", (HTML_502, OK), attempts=2),
    Fault("empty-200", (Respond(200, b"", [("Content-Type", "application/json")]),), raises=ResponseValidationError,
          attempts=1),
    # The stray body of a 204 must not be read as the next response on the same keep-alive connection: the
    # POST that follows would fail after the server has processed it.
    Fault("204-with-body-then-post", (Raw(head(204, [("Content-Length", "12")]) + STRAY), CREATED),
          steps=(DELETE, POST), check=delete_then_create, attempts=2),
    Fault("204-with-chunked-body-then-post", (Raw(head(204, [("Transfer-Encoding", "chunked")]) + STRAY_CHUNK),
          CREATED), steps=(DELETE, POST), check=delete_then_create, attempts=2),
    # Without a declared length the stray bytes cannot be told from the next response: a GET recovers by retrying.
    Fault("204-with-undeclared-body-then-get", (Raw(head(204, []) + STRAY), OK), steps=(DELETE, GET),
          check=delete_then_get, attempts=3),
    Fault("gzip-body", (json_response(200, CONNECTION, gzipped=True),), attempts=1),
    Fault("corrupt-gzip-body", (Respond(200, b"not gzip at all", [("Content-Encoding", "gzip")]),),
          raises=ApiConnectionError, attempts=1),
    Fault("chunked-body", (Raw(chunked(json.dumps(CONNECTION).encode())),), attempts=1),
    # Rate-limit headers as they really arrive (issue 12, item 14).
    Fault("429-duplicated-reset-then-ok", (limited(429, ("X-RateLimit-Reset", "0.3"), ("X-RateLimit-Reset", "0.3")),
          OK), attempts=2, min_elapsed=0.3),
    Fault("429-retry-after-ms-then-ok", (limited(429, ("retry-after-ms", "300")), OK), attempts=2, min_elapsed=0.3),
    Fault("429-retry-after-seconds-then-ok", (limited(429, ("Retry-After", "1")), OK), attempts=2, min_elapsed=1.0,
          max_elapsed=3.0),
    Fault("503-retry-after-then-ok", (limited(503, ("Retry-After", "1")), OK), attempts=2, min_elapsed=1.0,
          max_elapsed=3.0),
    Fault("429-fractional-reset-storm", (limited(429, ("retry-after-ms", "250")),), raises=RateLimitError,
          attempts=3, min_elapsed=0.5, error_check=fractional_reset),
    # Statuses past 599 are no ServerError and are not retried (item 18).
    *(Fault(f"status-{s}", (server_error(s),), raises=ApiError, attempts=1) for s in (600, 799, 999)),
    # A body nested past the parser's recursion limit gives the typed error (item 17).
    Fault("deep-json-200", (Respond(200, DEEP, [("Content-Type", "application/json")]),),
          raises=ResponseValidationError, attempts=1),
    Fault("deep-json-400", (Respond(400, DEEP, [("Content-Type", "application/json")]),), raises=BadRequestError,
          attempts=1),
    Fault("10mb-page", (BIG_PAGE,), steps=(Step(list_incidents),), check=is_big_page, attempts=1, max_elapsed=15.0),
]  # fmt: skip


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", FAULTS, ids=[fault.id for fault in FAULTS])
def test_fault(fault: Fault, mode: Mode) -> None:
    with RawServer(Script(*fault.actions)) as server, capture_everything() as captured:
        base_url = f"http://127.0.0.1:{refused_port()}" if fault.refused else server.base_url
        client = planted_client(base_url, mode=mode, **fault.client)
        outcome = run_steps(mode, client, list(fault.steps), deadline=fault.max_elapsed + 5)
        still_open = server.wait_until_closed()

    # The typed outcome.
    if fault.raises is None:
        assert outcome.error is None, f"unexpected {outcome.error!r}"
        assert fault.check is not None
        fault.check(outcome.results)
    else:
        assert type(outcome.error) is fault.raises, f"expected {fault.raises.__name__}, got {outcome.error!r}"
        assert isinstance(outcome.error, ApiError | ApiConnectionError | ResponseValidationError)
        assert not isinstance(outcome.error, RecursionError)
        assert outcome.error.operation == fault.steps[-1].endpoint.OPERATION.name
        if fault.error_check is not None:
            fault.error_check(outcome.error)
    if fault.attempts is not None:
        assert len(server.requests) == fault.attempts
    # No hang past the timeout, and the waits that must happen did.
    assert fault.min_elapsed <= outcome.elapsed <= fault.max_elapsed
    # No connection left in use in the pool, none left open once the client is closed.
    assert outcome.busy == 0
    assert still_open == 0
    # The keys went on the wire, and nowhere else.
    for request in server.requests:
        assert (request.headers["dd-api-key"], request.headers["dd-application-key"]) == (SECRET_API, SECRET_APP)
    assert captured.records, "DEBUG logging captured nothing"
    assert_no_secret(captured.texts(), "a log line or warning")
    assert_no_secret(exception_texts(outcome.error), "an exception")
    assert_no_secret([repr(client), str(client), *map(repr, outcome.results)], "a repr")
