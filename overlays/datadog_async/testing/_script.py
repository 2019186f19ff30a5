"""Faults scripted call by call: "the 2nd call to list_incidents answers 503, then a 429 with reset 1"."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._faults import rate_limited
from ._http import FakeResponse


@dataclass(frozen=True, slots=True)
class Fault:
    """One scripted answer to one call; build it with the class methods::

        fake.script("list_incidents", Fault.serve(), Fault.status(503), Fault.rate_limit(reset=1))

    answers the next call normally, the one after with a 503, the third with a 429 (reset 1 s); later
    calls are served normally again.
    """

    kind: str
    code: int = 0
    """The HTTP status of a ``status`` or ``rate_limit`` answer."""
    reset: float = 0.0
    delay: float = 0.0
    detail: str = ""
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def serve(cls, *, delay: float = 0.0) -> Fault:
        """Answer normally (after ``delay`` seconds)."""
        return cls("serve", delay=_seconds("delay", delay))

    @classmethod
    def status(cls, status: int, detail: str = "", *, headers: dict[str, str] | None = None) -> Fault:
        """Answer with this error status (4xx or 5xx) and a Datadog error body saying ``detail``."""
        if not isinstance(status, int) or not 400 <= status <= 599:
            raise ValueError(f"Fault.status: status must be an int from 400 to 599, got {status!r}.")
        return cls("status", code=status, detail=detail, headers=tuple((headers or {}).items()))

    @classmethod
    def rate_limit(cls, *, reset: float = 1.0) -> Fault:
        """Answer 429 with ``X-RateLimit-Reset: reset``: the SDK waits exactly that long before retrying."""
        return cls("rate_limit", code=429, reset=_seconds("reset", reset))

    @classmethod
    def drop(cls) -> Fault:
        """Close the connection without an answer."""
        return cls("drop")

    def response(self, operation_id: str) -> FakeResponse | None:
        """The injected response, or None to serve the call (``serve``)."""
        if self.kind == "serve":
            return None
        if self.kind == "drop":
            return FakeResponse(status=0, drop=True)
        if self.kind == "rate_limit":
            return rate_limited(operation_id, self.reset)
        return FakeResponse(status=self.code, headers=dict(self.headers))


def _seconds(name: str, value: float) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value < float("inf"):
        raise ValueError(f"Fault: {name} must be a finite number of seconds >= 0, got {value!r}.")
    return float(value)


class Script:
    """The scripted answers still to come, per operation (a FIFO each)."""

    def __init__(self) -> None:
        self._pending: dict[str, deque[Fault]] = {}

    def add(self, operation_id: str, faults: Iterable[Any]) -> None:
        queue = self._pending.setdefault(operation_id, deque())
        for index, fault in enumerate(faults):
            if not isinstance(fault, Fault):
                raise TypeError(
                    f"script({operation_id!r}, ...): answer {index + 1} is a {type(fault).__name__}, not a Fault "
                    "(use Fault.serve(), Fault.status(503), Fault.rate_limit(reset=1) or Fault.drop())."
                )
            queue.append(fault)

    def next(self, operation_id: str) -> Fault | None:
        queue = self._pending.get(operation_id)
        if not queue:
            return None
        return queue.popleft()

    def pending(self) -> dict[str, int]:
        return {name: len(queue) for name, queue in self._pending.items() if queue}

    def clear(self) -> None:
        self._pending.clear()
