"""Fault injection for resilience tests: 429s, 5xx, latency and dropped connections, off by default."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field

from ._http import FakeResponse


@dataclass(frozen=True, slots=True)
class Faults:
    """What to inject, and where. Rates are probabilities per request (0.0 to 1.0), rolled in the order
    drop, rate limit, server error; ``latency`` seconds are added to every request in scope.

    ``operations`` limits the faults to those operation names (None: every operation); ``limit`` stops
    injecting after that many faults (``Faults(rate_limit=1.0, limit=1)``: only the next call gets a 429).
    """

    rate_limit: float = 0.0
    server_error: float = 0.0
    drop: float = 0.0
    latency: float = 0.0
    operations: frozenset[str] | None = None
    limit: int | None = None
    server_error_status: int = 503
    rate_limit_reset: float = 1
    """The ``X-RateLimit-Reset`` (seconds) sent with an injected 429: the SDK waits exactly this long before
    retrying, so ``rate_limit_reset=0.01`` makes a test of the wait take milliseconds."""
    rate_limit_limit: int = 100
    rate_limit_period: int = 60

    def __post_init__(self) -> None:
        for name in ("rate_limit", "server_error", "drop"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"Faults.{name} must be between 0 and 1, got {value}.")
        if self.latency < 0:
            raise ValueError("Faults.latency must be >= 0.")
        if not 500 <= self.server_error_status <= 599:
            raise ValueError("Faults.server_error_status must be a 5xx status.")
        if not self.rate_limit_reset >= 0:
            raise ValueError("Faults.rate_limit_reset must be >= 0 seconds.")

    @classmethod
    def for_operations(cls, names: Iterable[str], **settings: float | int) -> Faults:
        return cls(operations=frozenset(names), **settings)  # type: ignore[arg-type]

    def applies_to(self, operation_id: str) -> bool:
        return self.operations is None or operation_id in self.operations


@dataclass(slots=True)
class FaultInjector:
    """Rolls the dice for one fake (its own random generator, so a seed makes a run reproducible)."""

    faults: Faults = field(default_factory=Faults)
    rng: random.Random = field(default_factory=random.Random)
    injected: int = 0

    def configure(self, faults: Faults) -> None:
        self.faults = faults
        self.injected = 0

    def latency(self, operation_id: str) -> float:
        return self.faults.latency if self.faults.applies_to(operation_id) else 0.0

    def decide(self, operation_id: str) -> FakeResponse | None:
        """An injected failure for this request, or None to serve it normally."""
        f = self.faults
        if not f.applies_to(operation_id) or (f.limit is not None and self.injected >= f.limit):
            return None
        response: FakeResponse | None = None
        if f.drop and self.rng.random() < f.drop:
            response = FakeResponse(status=0, drop=True)
        elif f.rate_limit and self.rng.random() < f.rate_limit:
            response = rate_limited(operation_id, f.rate_limit_reset, f.rate_limit_limit, f.rate_limit_period)
        elif f.server_error and self.rng.random() < f.server_error:
            response = FakeResponse(status=f.server_error_status)
        if response is not None:
            self.injected += 1
        return response


def rate_limited(operation_id: str, reset: float, limit: int = 100, period: int = 60) -> FakeResponse:
    """A 429 with Datadog's ``X-RateLimit-*`` headers (the body is added by the fake)."""
    return FakeResponse(
        status=429,
        headers={
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Period": str(period),
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": f"{reset:g}",
            "X-RateLimit-Name": operation_id,
        },
    )
