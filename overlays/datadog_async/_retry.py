"""Retry decisions as small pure functions: given what happened, how long to wait, or None to give up."""

from __future__ import annotations

import datetime
import email.utils
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from . import _checks

RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
#: Statuses on which a server-given wait (retry-after-ms, Retry-After) replaces the backoff.
_SERVER_WAIT_STATUSES = frozenset({429, 503})
#: 2**64 times any sane initial backoff is past any backoff_max: larger exponents add nothing (and would overflow).
_MAX_EXPONENT = 64


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a client retries. Every field can be changed per call with ``client.with_options(field=...)``; the
    clients' constructors take ``max_retries``, ``max_rate_limit_wait`` and ``retry_non_idempotent``. Each field
    is checked when the policy is made (a wrong type, NaN, infinity or a negative value fails naming it)."""

    max_retries: int = 2
    """Retries after the first attempt (0 disables retrying)."""
    backoff_initial: float = 0.5
    """Upper bound of the first backoff, in seconds; doubles each attempt (full jitter)."""
    backoff_max: float = 8.0
    """Upper bound of any single backoff, in seconds."""
    max_rate_limit_wait: float = 60.0
    """Longest wait the server may ask for (a 429's X-RateLimit-Reset, a 429's or 503's Retry-After or
    retry-after-ms); a longer one raises at once."""
    retry_non_idempotent: bool = False
    """Also retry POST (and PATCH not marked idempotent) after 5xx and read failures: opt in if you dedupe."""

    def __post_init__(self) -> None:
        _checks.integer("max_retries", self.max_retries, minimum=0)
        _checks.number("backoff_initial", self.backoff_initial, positive=False)
        _checks.number("backoff_max", self.backoff_max, positive=False)
        _checks.number("max_rate_limit_wait", self.max_rate_limit_wait, positive=False)
        _checks.boolean("retry_non_idempotent", self.retry_non_idempotent)


def backoff(policy: RetryPolicy, attempt: int, random: Callable[[], float]) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(max, initial * 2**attempt)], for any attempt."""
    return random() * min(policy.backoff_max, policy.backoff_initial * (2.0 ** min(attempt, _MAX_EXPONENT)))


def delay_after_status(
    policy: RetryPolicy,
    *,
    attempt: int,
    status: int,
    idempotent: bool,
    headers: Mapping[str, str],
    random: Callable[[], float],
    clock: Callable[[], float] = time.time,
) -> float | None:
    """The wait before retrying after an HTTP error status, or None to raise it.

    ``attempt`` counts retries already made (0 after the first try); ``clock`` is the wall clock an HTTP-date
    Retry-After is measured against.
    """
    if attempt >= policy.max_retries:
        return None
    # A 429 was not processed, so retrying is safe for every method.
    if status != 429 and not (status in RETRYABLE_STATUSES and (idempotent or policy.retry_non_idempotent)):
        return None
    wait = server_wait(status, headers, clock)
    if wait is None:
        return backoff(policy, attempt, random)
    return wait if wait <= policy.max_rate_limit_wait else None


def server_wait(status: int, headers: Mapping[str, str], clock: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asked to wait before a retry, or None if it did not say (readably).

    On a 429: ``X-RateLimit-Reset`` (Datadog's), else ``retry-after-ms``, else ``Retry-After`` (seconds or an
    HTTP date); on a 503 only the last two (Datadog sends its rate-limit headers on other statuses too).
    A header sent twice (httpx joins the copies as ``"7, 7"``) counts once, at its largest value.
    """
    if status not in _SERVER_WAIT_STATUSES:
        return None
    if status == 429:
        reset = _largest(_values(headers, "x-ratelimit-reset"), scale=1.0)
        if reset is not None:
            return reset
    millis = _largest(_values(headers, "retry-after-ms"), scale=0.001)
    if millis is not None:
        return millis
    return _retry_after(_values(headers, "retry-after"), clock)


def delay_after_exception(
    policy: RetryPolicy,
    *,
    attempt: int,
    exc: httpx.TransportError,
    idempotent: bool,
    random: Callable[[], float],
) -> float | None:
    """The wait before retrying after a transport failure, or None to raise it."""
    if attempt >= policy.max_retries:
        return None
    if was_not_sent(exc) or idempotent or policy.retry_non_idempotent:
        return backoff(policy, attempt, random)
    return None


def was_not_sent(exc: httpx.TransportError) -> bool:
    """True when the failure happened before any byte of the request reached the server."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _values(headers: Mapping[str, str], name: str) -> list[str]:
    """Every copy of a header: httpx.Headers keeps them apart (get_list); a plain mapping has one string."""
    if isinstance(headers, httpx.Headers):
        return headers.get_list(name)
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    return [] if value is None else [value]


def _largest(values: list[str], *, scale: float) -> float | None:
    """The largest of comma-separated numbers (negative counts as 0), times ``scale``; None if any is not a
    finite number (then the header is ignored as a whole)."""
    numbers = [_seconds(part) for value in values for part in value.split(",")]
    if not numbers or any(number is None for number in numbers):
        return None
    return max(number for number in numbers if number is not None) * scale


def _retry_after(values: list[str], clock: Callable[[], float]) -> float | None:
    """Retry-After: delay-seconds or an HTTP date (which contains a comma, so it is not split)."""
    waits: list[float] = []
    for value in values:
        seconds = _largest([value], scale=1.0)
        if seconds is None:
            try:
                when = email.utils.parsedate_to_datetime(value.strip())
            except (TypeError, ValueError, IndexError):
                return None
            if when.tzinfo is None:  # "-0000" or no zone: RFC 9110 dates are GMT
                when = when.replace(tzinfo=datetime.UTC)
            seconds = max(when.timestamp() - clock(), 0.0)
        waits.append(seconds)
    return max(waits) if waits else None


def _seconds(value: str) -> float | None:
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return max(seconds, 0.0) if math.isfinite(seconds) else None  # NaN or infinity is not a wait
