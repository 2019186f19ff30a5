"""The fake's own request and response values: what the ASGI app and the httpx transport translate from/to."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class FakeRequest:
    """One HTTP request, independent of the server or transport that received it."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    """Header names lower-cased."""
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(slots=True)
class FakeResponse:
    """What the fake answers. ``delay`` and ``drop`` are carried out by the adapter (ASGI app or transport)."""

    status: int
    body: Any = None
    """A JSON value, or None for no body."""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (injected latency)."""
    drop: bool = False
    """Close the connection without an answer (injected fault)."""

    def content(self) -> bytes:
        if self.body is None:
            return b""
        return json.dumps(self.body, separators=(",", ":")).encode()

    def all_headers(self) -> dict[str, str]:
        headers = dict(self.headers)
        if self.body is not None:
            headers.setdefault("content-type", "application/json")
        return headers
