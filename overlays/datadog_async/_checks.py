"""Argument checks shared by the client, its views and RetryPolicy: each names the argument, never its value
when it may be a secret."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import httpx

# RFC 9110 token characters: what a header name may be made of.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Visible ASCII with inner spaces and tabs: what a header value may be (no CR, LF, NUL or other controls, nothing
# outside ASCII, which httpx would fail to encode at send time with the value in its message).
_FIELD_VALUE = re.compile(r"[\x21-\x7e]([\x20-\x7e\t]*[\x21-\x7e])?")
_KEY = re.compile(r"[\x21-\x7e]+")
# What HTTP itself strips around a field value, and what a secret file or an env var may add around a key.
_SURROUNDING = " \t\r\n"


def integer(name: str, value: object, *, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}.")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}.")
    return value


def number(name: str, value: object, *, positive: bool) -> float:
    """A finite real number of seconds: > 0 when ``positive``, else >= 0."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}.")
    if not math.isfinite(value) or value < 0 or (positive and value == 0):
        bound = "> 0" if positive else ">= 0"
        raise ValueError(f"{name} must be a finite number of seconds {bound}, got {value!r}.")
    return float(value)


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, got {type(value).__name__}.")
    return value


def timeout(name: str, value: object) -> httpx.Timeout:
    """A float (every phase) or an httpx.Timeout whose every field is a finite number of seconds > 0."""
    if not isinstance(value, httpx.Timeout):
        return httpx.Timeout(number(name, value, positive=True))
    for phase in ("connect", "read", "write", "pool"):
        field = getattr(value, phase)
        if field is None:
            raise ValueError(f"{name}.{phase} must be a number of seconds, not None (no limit).")
        number(f"{name}.{phase}", field, positive=True)
    return value


def key(name: str, source: str, value: object) -> str:
    """An API or application key: surrounding whitespace (a secret file's trailing newline) is stripped; a key
    with any other character outside visible ASCII is refused. ``source`` says where it came from."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}.")
    stripped = value.strip(_SURROUNDING)
    if stripped and not _KEY.fullmatch(stripped):
        raise ValueError(
            f"{name} ({source}) contains {_describe_bad(stripped, spaces=False)}: a Datadog key is visible ASCII only "
            "(the value is not shown)."
        )
    return stripped


def headers(name: str, value: object) -> dict[str, str]:
    """Extra headers: str names that are HTTP tokens, str values without control or non-ASCII characters
    (header injection never reaches the wire); surrounding whitespace of a value is stripped, as HTTP does."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to str values, got {type(value).__name__}.")
    checked: dict[str, str] = {}
    for header, text in value.items():
        if not isinstance(header, str) or not _TOKEN.fullmatch(header):
            shown = repr(header)[:60] if isinstance(header, str) else type(header).__name__
            raise ValueError(f"{name}: {shown} is not a valid header name.")
        if not isinstance(text, str):
            raise TypeError(f"{name}[{header!r}] must be a str, got {type(text).__name__}.")
        stripped = text.strip(" \t")
        if stripped and not _FIELD_VALUE.fullmatch(stripped):
            problem = _describe_bad(stripped, spaces=True)
            raise ValueError(f"{name}[{header!r}] contains {problem} (the value is not shown).")
        checked[header] = stripped
    return checked


def _describe_bad(text: str, *, spaces: bool) -> str:
    """Which kind of character is wrong, without showing the text."""
    for char in text:
        if spaces and char in " \t":
            continue
        if char in "\r\n":
            return "a line break"
        if ord(char) > 0x7E:
            return "a non-ASCII character" if ord(char) > 0x7F else "a control character"
        if ord(char) < 0x20:
            return "a control character"
        if char in " \t":
            return "whitespace"
    return "an invalid character"
