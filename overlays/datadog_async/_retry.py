"""Retry decisions as small pure functions: given what happened, how long to wait, or None to give up."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a client retries. Every field can be changed per call with ``client.with_options``."""

    max_retries: int = 2
    """Retries after the first attempt (0 disables retrying)."""
    backoff_initial: float = 0.5
    """Upper bound of the first backoff, in seconds; doubles each attempt (full jitter)."""
    backoff_max: float = 8.0
    """Upper bound of any single backoff, in seconds."""
    max_rate_limit_wait: float = 60.0
    """Longest wait for a 429's X-RateLimit-Reset; a longer reset raises RateLimitError at once."""
    retry_non_idempotent: bool = False
    """Also retry POST (and PATCH not marked idempotent) after 5xx and read failures: opt in if you dedupe."""


def backoff(policy: RetryPolicy, attempt: int, random: Callable[[], float]) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(max, initial * 2**attempt)]."""
    return random() * min(policy.backoff_max, policy.backoff_initial * (2.0**attempt))


def delay_after_status(
    policy: RetryPolicy,
    *,
    attempt: int,
    status: int,
    idempotent: bool,
    headers: Mapping[str, str],
    random: Callable[[], float],
) -> float | None:
    """The wait before retrying after an HTTP error status, or None to raise it.

    ``attempt`` counts retries already made (0 after the first try).
    """
    if attempt >= policy.max_retries:
        return None
    if status == 429:
        # A 429 was not processed, so retrying is safe for every method.
        reset = _seconds(headers.get("x-ratelimit-reset"))
        if reset is None:
            return backoff(policy, attempt, random)
        if reset > policy.max_rate_limit_wait:
            return None
        return reset
    if status in RETRYABLE_STATUSES and (idempotent or policy.retry_non_idempotent):
        return backoff(policy, attempt, random)
    return None


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


def _seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return max(seconds, 0.0) if seconds == seconds else None  # NaN is not a wait
