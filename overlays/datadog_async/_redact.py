"""Removing the keys from text and objects an exception carries (httpx requests, lower-layer messages)."""

from __future__ import annotations

import httpx

REDACTED = "<redacted>"

#: Headers that carry secrets: never logged, never shown in a repr, dropped on a redirect to another origin.
SECRET_HEADERS = ("DD-API-KEY", "DD-APPLICATION-KEY", "Authorization")


def redact(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def scrub_chain(exc: BaseException, secrets: tuple[str, ...], header_names: tuple[str, ...]) -> None:
    """Make every exception chained to ``exc`` (``__cause__``, ``__context__``, recursively) key-free: the
    secret headers of any httpx Request or Response they hold are replaced, and so is any key in their
    string arguments. The chain itself is kept for debugging (which connection error, which httpcore cause)."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if any(isinstance(arg, str) for arg in current.args):
            current.args = tuple(redact(arg, secrets) if isinstance(arg, str) else arg for arg in current.args)
        for value in vars(current).values():
            if isinstance(value, httpx.Response):
                value = value._request  # the request a response answers
            if isinstance(value, httpx.Request):
                for name in header_names:
                    if name in value.headers:
                        value.headers[name] = REDACTED
        pending += [linked for linked in (current.__cause__, current.__context__) if linked is not None]
