"""The retry decisions, as a table: (what happened) -> wait in seconds, or None to raise."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from datadog_async import RetryPolicy
from datadog_async._retry import backoff, delay_after_exception, delay_after_status, server_wait

POLICY = RetryPolicy(max_retries=3, backoff_initial=0.5, backoff_max=4.0, max_rate_limit_wait=60.0)
OPT_IN = RetryPolicy(max_retries=3, retry_non_idempotent=True)


def top(_: object = None) -> float:
    return 1.0  # the jitter's upper bound, so the expected waits are exact


@pytest.mark.parametrize(
    ("policy", "attempt", "status", "idempotent", "headers", "expected"),
    [
        # 429: wait what the API says, for every method, until the cap
        (POLICY, 0, 429, False, {"x-ratelimit-reset": "7"}, 7.0),
        (POLICY, 2, 429, True, {"x-ratelimit-reset": "0"}, 0.0),
        (POLICY, 0, 429, True, {"x-ratelimit-reset": "60"}, 60.0),
        (POLICY, 0, 429, True, {"x-ratelimit-reset": "61"}, None),
        (POLICY, 0, 429, True, {"x-ratelimit-reset": "-5"}, 0.0),
        (POLICY, 1, 429, True, {}, 1.0),
        (POLICY, 0, 429, True, {"x-ratelimit-reset": "soon"}, 0.5),
        (POLICY, 3, 429, True, {"x-ratelimit-reset": "1"}, None),
        # 5xx: backoff for idempotent methods only, unless opted in
        (POLICY, 0, 503, True, {}, 0.5),
        (POLICY, 1, 500, True, {}, 1.0),
        (POLICY, 2, 502, True, {}, 2.0),
        (POLICY, 3, 504, True, {}, None),
        (POLICY, 0, 503, False, {}, None),
        (OPT_IN, 0, 503, False, {}, 0.5),
        (POLICY, 0, 501, True, {}, None),
        # client errors are never retried
        (POLICY, 0, 400, True, {}, None),
        (POLICY, 0, 404, True, {}, None),
        (POLICY, 0, 409, True, {}, None),
    ],
)
def test_delay_after_status(
    policy: RetryPolicy, attempt: int, status: int, idempotent: bool, headers: dict[str, str], expected: float | None
) -> None:
    got = delay_after_status(policy, attempt=attempt, status=status, idempotent=idempotent, headers=headers, random=top)
    assert got == expected


REQUEST = httpx.Request("GET", "https://api.datadoghq.com/")


@pytest.mark.parametrize(
    ("policy", "attempt", "exc", "idempotent", "expected"),
    [
        # never sent: safe to retry for any method
        (POLICY, 0, httpx.ConnectError("refused", request=REQUEST), False, 0.5),
        (POLICY, 1, httpx.ConnectTimeout("slow", request=REQUEST), False, 1.0),
        (POLICY, 0, httpx.PoolTimeout("busy", request=REQUEST), False, 0.5),
        (POLICY, 3, httpx.ConnectError("refused", request=REQUEST), True, None),
        # maybe processed: idempotent methods only
        (POLICY, 0, httpx.ReadTimeout("slow", request=REQUEST), True, 0.5),
        (POLICY, 0, httpx.ReadTimeout("slow", request=REQUEST), False, None),
        (POLICY, 0, httpx.RemoteProtocolError("reset", request=REQUEST), True, 0.5),
        (POLICY, 0, httpx.RemoteProtocolError("reset", request=REQUEST), False, None),
        (POLICY, 0, httpx.ReadError("reset", request=REQUEST), False, None),
        (OPT_IN, 0, httpx.ReadError("reset", request=REQUEST), False, 0.5),
    ],
)
def test_delay_after_exception(
    policy: RetryPolicy, attempt: int, exc: httpx.TransportError, idempotent: bool, expected: float | None
) -> None:
    assert delay_after_exception(policy, attempt=attempt, exc=exc, idempotent=idempotent, random=top) == expected


@pytest.mark.parametrize(("attempt", "cap"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 4.0), (10, 4.0)])
def test_backoff_is_full_jitter_under_an_exponential_cap(attempt: int, cap: float) -> None:
    assert backoff(POLICY, attempt, lambda: 0.0) == 0.0
    assert backoff(POLICY, attempt, lambda: 0.5) == cap / 2
    assert backoff(POLICY, attempt, top) == cap


# -- Rate-limit headers as they really arrive (issue 12, item 14) ---------------------------------------------

NOW = 1_700_000_000.0  # the wall clock an HTTP-date Retry-After is measured against
IN_30S = email.utils.formatdate(NOW + 30, usegmt=True)
IN_90S = email.utils.formatdate(NOW + 90, usegmt=True)
PAST = email.utils.formatdate(NOW - 3600, usegmt=True)


def clock() -> float:
    return NOW


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        # X-RateLimit-Reset (429 only), sent twice: httpx joins the copies
        (429, {"x-ratelimit-reset": "7, 7"}, 7.0),
        (429, {"x-ratelimit-reset": "7,7"}, 7.0),
        (429, {"x-ratelimit-reset": "3, 9"}, 9.0),
        (429, {"x-ratelimit-reset": "1.5"}, 1.5),
        (429, {"x-ratelimit-reset": "0.25, 0.25"}, 0.25),
        (429, {"x-ratelimit-reset": "7, soon"}, None),
        (429, {"x-ratelimit-reset": "nan"}, None),
        (429, {"x-ratelimit-reset": "inf"}, None),
        (429, {"x-ratelimit-reset": ""}, None),
        (429, {"x-ratelimit-reset": "-3"}, 0.0),
        # retry-after-ms and Retry-After when X-RateLimit-Reset is absent (or unreadable)
        (429, {"retry-after-ms": "1500"}, 1.5),
        (429, {"retry-after-ms": "250, 250"}, 0.25),
        (429, {"retry-after": "3"}, 3.0),
        (429, {"retry-after": "3, 3"}, 3.0),
        (429, {"retry-after": IN_30S}, 30.0),
        (429, {"retry-after": PAST}, 0.0),
        (429, {"retry-after": "Wed, 99 Foo 2015 99:99:99 GMT"}, None),
        (429, {"retry-after": "later"}, None),
        (429, {"x-ratelimit-reset": "soon", "retry-after": "4"}, 4.0),
        # precedence: X-RateLimit-Reset, then retry-after-ms, then Retry-After
        (429, {"x-ratelimit-reset": "2", "retry-after-ms": "9000", "retry-after": "9"}, 2.0),
        (429, {"retry-after-ms": "500", "retry-after": "9"}, 0.5),
        # 503: only the Retry-After family counts (Datadog sends X-RateLimit-* on other statuses too)
        (503, {"retry-after": "2"}, 2.0),
        (503, {"retry-after": IN_30S}, 30.0),
        (503, {"retry-after-ms": "100"}, 0.1),
        (503, {"x-ratelimit-reset": "5"}, None),
        # other statuses: never a server wait
        (500, {"retry-after": "2"}, None),
        (502, {"retry-after-ms": "100"}, None),
    ],
)
def test_server_wait_reads_the_headers_as_they_arrive(
    status: int, headers: dict[str, str], expected: float | None
) -> None:
    assert server_wait(status, headers, clock) == expected


def test_server_wait_reads_httpx_headers_sent_twice() -> None:
    twice = httpx.Headers([("X-RateLimit-Reset", "7"), ("X-RateLimit-Reset", "7")])
    assert twice.get("x-ratelimit-reset") == "7, 7"  # what the old int() parsing choked on
    assert server_wait(429, twice, clock) == 7.0
    dates = httpx.Headers([("Retry-After", IN_30S), ("Retry-After", IN_30S)])
    assert server_wait(503, dates, clock) == 30.0


@pytest.mark.parametrize(
    ("status", "idempotent", "headers", "expected"),
    [
        (429, False, {"x-ratelimit-reset": "7, 7"}, 7.0),
        (429, True, {"retry-after": IN_30S}, 30.0),
        (429, True, {"retry-after": IN_90S}, None),  # past max_rate_limit_wait: raised at once
        (429, True, {"retry-after-ms": "61000"}, None),
        (503, True, {"retry-after": "2"}, 2.0),
        (503, True, {"retry-after": IN_90S}, None),
        (503, True, {"x-ratelimit-reset": "30"}, 0.5),  # not a wait on a 503: the backoff
        (503, False, {"retry-after": "2"}, None),  # a POST's 503 is still not retried
        (500, True, {"retry-after": "30"}, 0.5),
    ],
)
def test_delay_after_status_honours_the_server_wait_within_the_cap(
    status: int, idempotent: bool, headers: dict[str, str], expected: float | None
) -> None:
    got = delay_after_status(
        POLICY, attempt=0, status=status, idempotent=idempotent, headers=headers, random=top, clock=clock
    )
    assert got == expected


# -- Backoff never overflows (issue 12, item 15) --------------------------------------------------------------


@pytest.mark.parametrize("attempt", [63, 64, 65, 1023, 1024, 1025, 10**6, 10**18, 10**100])
def test_backoff_never_overflows_whatever_the_attempt(attempt: int) -> None:
    assert backoff(POLICY, attempt, top) == POLICY.backoff_max
    huge = RetryPolicy(max_retries=10**101, backoff_initial=1e300, backoff_max=8.0)
    assert backoff(huge, attempt, top) == 8.0
    got = delay_after_status(huge, attempt=attempt, status=503, idempotent=True, headers={}, random=top)
    assert got == 8.0
    exc = httpx.ConnectError("refused", request=REQUEST)
    assert delay_after_exception(huge, attempt=attempt, exc=exc, idempotent=True, random=top) == 8.0
