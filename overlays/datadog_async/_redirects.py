"""Where the keys may go: only to the origin (scheme, host, port) of the client's base URL, never in clear text.

The guard is an httpx request hook, so it sees every request httpx sends, the redirected ones included (with
``follow_redirects=True`` in ``httpx_args``), and runs after the user's own request hooks.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import Any

import httpx

from ._errors import InsecureRedirectError
from ._redact import SECRET_HEADERS

_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int | None]


def origin(url: httpx.URL) -> Origin:
    """Scheme, host and port, the port made explicit (``https://h`` and ``https://h:443`` are one origin)."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


class RedirectGuard:
    """Drops the keys from a request to another origin; refuses a request that would leave https for http."""

    __slots__ = ("_origin",)

    def __init__(self, base_url: str) -> None:
        self._origin = origin(httpx.URL(base_url))

    def check(self, request: httpx.Request) -> None:
        target = origin(request.url)
        if target == self._origin:
            return
        if self._origin[0] == "https" and target[0] != "https":
            # Raised before the request is sent; httpx has already read and released the redirect response.
            raise InsecureRedirectError(
                f"Refused to follow a redirect from https to {request.url.scheme}://{request.url.host}"
                f"{request.url.path}: it would leave TLS. Point base_url at the final https address instead."
            )
        for name in SECRET_HEADERS:
            request.headers.pop(name, None)

    def sync_hooks(self, given: Mapping[str, Sequence[Callable[..., Any]]] | None) -> dict[str, list[Any]]:
        """``event_hooks`` for an ``httpx.Client``: the user's hooks, then this guard."""
        hooks = _copy(given)
        hooks["request"].append(self.check)
        return hooks

    def async_hooks(self, given: Mapping[str, Sequence[Callable[..., Any]]] | None) -> dict[str, list[Any]]:
        """``event_hooks`` for an ``httpx.AsyncClient``: the user's hooks, then this guard."""

        async def check(request: httpx.Request) -> None:
            self.check(request)

        hooks = _copy(given)
        hooks["request"].append(check)
        return hooks


def _copy(given: Mapping[str, Sequence[Callable[..., Coroutine[Any, Any, Any] | Any]]] | None) -> dict[str, list[Any]]:
    hooks: dict[str, list[Any]] = {name: list(functions) for name, functions in (given or {}).items()}
    hooks.setdefault("request", [])
    hooks.setdefault("response", [])
    return hooks
