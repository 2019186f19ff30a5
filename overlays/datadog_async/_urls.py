"""The absolute URL of each request, built from the client's base URL parsed once.

httpx parses every URL string in full (length, control characters, a regex per component, host encoding, path
normalisation and quoting): ~10 µs a request in isolation, ~20 µs in a GET loop (paired timings). The generated
functions send paths that are already in httpx's canonical form (literal segments from the spec, parameters
percent-encoded by ``quote(..., safe="")``), so for them the parse of ``base_url + path`` can only return the
parsed base with the path appended: that is built directly. The query parameters, which httpx would merge into
the URL with two more parses (~30 µs), are encoded by httpx.QueryParams as httpx does, and put in place the same
way. Any other path (a character httpx would quote, a "." or ".." segment it would remove, a relative or very
long path) is parsed by httpx as before. tests/client/test_urls.py checks the two agree.

This relies on two httpx 0.28 internals (``httpx._urlparse.ParseResult``, ``URL._uri_reference``): httpx is
pinned below 0.29 (pyproject.toml), and the tests compare both ways of building a URL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx
from httpx._urlparse import ParseResult

# What httpx's path and query quoting leave unchanged: unreserved characters, sub-delims, ":", "@", "/" (and "?"
# in a query), valid percent-escapes (a "%" not followed by two hex digits would be quoted).
_CANONICAL_PATH = re.compile(r"/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2}){0,4095}")
_CANONICAL_QUERY = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2}){0,8191}")


class RequestUrls:
    """Builds ``httpx.URL(base_url + path)`` for a client's base URL, without re-parsing the base."""

    __slots__ = ("_base", "_text")

    def __init__(self, base_url: str) -> None:
        self._text = base_url
        base: ParseResult = httpx.URL(base_url)._uri_reference
        # The client refuses a base with a query or a fragment; were there one, every URL is parsed in full.
        self._base = base if base.query is None and base.fragment is None else None

    def join(self, path: str, params: Mapping[str, Any] | None = None) -> httpx.URL:
        """``httpx.URL(base_url + path)`` with ``params`` merged in as httpx's ``params=`` would (the query
        encoded by ``httpx.QueryParams``): the same value, parsed only if it is not already canonical."""
        base = self._base
        query = None
        encoded = httpx.QueryParams(params) if params else None
        if encoded:
            query = str(encoded)
        if (
            base is None
            or not _CANONICAL_PATH.fullmatch(path)
            or _has_dot_segment(path)
            or (query is not None and not _CANONICAL_QUERY.fullmatch(query))
        ):
            # As httpx's build_request does: params replace a query the path may hold; no params leave it.
            return httpx.URL(self._text + path, params=encoded) if params else httpx.URL(self._text + path)
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = ParseResult(
            base.scheme, base.userinfo, base.host, base.port, base.path + path, query, None
        )
        return url


def _has_dot_segment(path: str) -> bool:
    """A "." or ".." segment, which httpx's parse removes (normalize_path)."""
    if "." not in path:
        return False
    segments = path.split("/")
    return "." in segments or ".." in segments
