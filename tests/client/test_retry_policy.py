"""The retry decisions, as a table: (what happened) -> wait in seconds, or None to raise."""

from __future__ import annotations

import httpx
import pytest
from datadog_async import RetryPolicy
from datadog_async._retry import backoff, delay_after_exception, delay_after_status

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
