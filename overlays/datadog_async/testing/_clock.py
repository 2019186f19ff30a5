"""A clock a test moves by hand, for the timestamps the fake writes (created, modified, resolved, ...)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta


class FakeClock:
    """Callable like ``datetime.now``; stands still until the test moves it.

    ``FakeDatadog(clock=FakeClock("2024-05-01T09:00:00Z"))``, then ``fake.clock.advance(minutes=5)``.
    """

    def __init__(self, start: datetime | str = "2024-01-01T00:00:00Z") -> None:
        self._lock = threading.Lock()
        self._now = _aware(start)

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float = 0.0, **delta: float) -> datetime:
        """Move forward by ``seconds`` plus any ``timedelta`` keywords (``minutes=5``); returns the new time."""
        step = timedelta(seconds=seconds, **delta)
        if step < timedelta(0):
            raise ValueError("FakeClock.advance: the clock only moves forward; use set() to go back.")
        with self._lock:
            self._now += step
            return self._now

    def set(self, moment: datetime | str) -> None:
        with self._lock:
            self._now = _aware(moment)

    def __repr__(self) -> str:
        return f"FakeClock({self().isoformat()!r})"


def _aware(moment: datetime | str) -> datetime:
    value = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if not isinstance(value, datetime):
        raise TypeError(f"FakeClock: expected a datetime or an ISO 8601 string, got {type(moment).__name__}.")
    if value.tzinfo is None:
        raise ValueError("FakeClock: the time needs a timezone (naive datetimes are ambiguous).")
    return value.astimezone(UTC)
