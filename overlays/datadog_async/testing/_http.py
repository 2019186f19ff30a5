"""The fake's own request and response values: what the ASGI app and the httpx transport translate from/to."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote_from_bytes


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


def decode_query(raw: bytes) -> tuple[tuple[str, str], ...]:
    """A raw query string as (name, value) pairs, percent-decoded as UTF-8. Bytes that are not UTF-8 become lone
    surrogates (``surrogateescape``) rather than U+FFFD, so that validation can refuse them instead of accepting
    a silently altered value. Shared by the ASGI app and the in-process transport, so both decode alike."""
    pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
    return tuple((_utf8(name), _utf8(value)) for name, value in pairs)


def _utf8(text: str) -> str:
    return text.encode("latin-1").decode("utf-8", errors="surrogateescape")


#: Printable ASCII stays as it is in a path; anything else is percent-encoded, to be decoded as UTF-8 later.
_PATH_SAFE = "".join(chr(code) for code in range(0x21, 0x7F) if chr(code) != "%") + "%"


def decode_path(raw: bytes) -> str:
    """A raw request path as ASCII: bytes a client sent unencoded are percent-encoded, so that path parameters
    are decoded once, as UTF-8, however the request arrived."""
    return quote_from_bytes(raw, safe=_PATH_SAFE)
