"""``httpx_args`` checked at construction: an unknown key or a wrong type fails there, naming it, instead of
at the first call (the pool is created on first use)."""

from __future__ import annotations

import http.cookiejar
import importlib.util
import ssl
from collections.abc import Callable, Mapping
from typing import Any

import httpx

#: Set through the client's own arguments (keys, base_url, timeout), never through httpx_args.
RESERVED = frozenset({"base_url", "headers", "timeout", "auth"})

_PLAIN: dict[str, tuple[tuple[Any, ...], str]] = {
    "params": ((Mapping, list, tuple, str, bytes), "a mapping of query parameters"),
    "cookies": ((Mapping, httpx.Cookies, http.cookiejar.CookieJar, list), "a mapping or httpx.Cookies"),
    "verify": ((bool, str, ssl.SSLContext), "True, False, a CA bundle path or an ssl.SSLContext"),
    "cert": ((str, tuple), "a certificate path or a (cert, key[, password]) tuple"),
    "trust_env": ((bool,), "True or False"),
    "http1": ((bool,), "True or False"),
    "http2": ((bool,), "True or False"),
    "follow_redirects": ((bool,), "True or False"),
    "proxy": ((str, httpx.URL, httpx.Proxy), "a proxy URL or an httpx.Proxy"),
    "limits": ((httpx.Limits,), "an httpx.Limits"),
    "default_encoding": ((str, Callable), "an encoding name or a callable"),
}
_NONE_MEANS_DEFAULT = frozenset({"params", "cookies", "cert", "proxy"})
_OTHERS = ("transport", "mounts", "max_redirects", "event_hooks")
ACCEPTED = frozenset(_PLAIN) | frozenset(_OTHERS)


def check(args: Mapping[str, Any] | None, *, client: str, transport: type) -> dict[str, Any]:
    """The arguments as a dict, each checked; ``transport`` is the transport base class of the client's flavour
    (httpx.BaseTransport for DatadogClient, httpx.AsyncBaseTransport for AsyncDatadogClient)."""
    if args is None:
        return {}
    if not isinstance(args, Mapping):
        raise TypeError(f"httpx_args must be a mapping of httpx.Client arguments, got {type(args).__name__}.")
    given = dict(args)
    reserved = sorted(RESERVED & given.keys())
    if reserved:
        raise ValueError(f"httpx_args may not set {', '.join(reserved)}: use {client}'s own arguments.")
    for name, value in given.items():
        if name not in ACCEPTED:
            raise TypeError(f"httpx_args: unknown argument {name!r}; accepted: {', '.join(sorted(ACCEPTED))}.")
        if name in _PLAIN:
            types, expected = _PLAIN[name]
            if value is None and name in _NONE_MEANS_DEFAULT:
                continue
            if not isinstance(value, types):
                raise TypeError(f"httpx_args['{name}'] must be {expected}, got {type(value).__name__}.")
        elif name == "transport":
            _transport(f"httpx_args['{name}']", value, transport, client)
        elif name == "mounts":
            _mounts(value, transport, client)
        elif name == "max_redirects":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise TypeError(f"httpx_args['max_redirects'] must be an int >= 0, got {value!r}.")
        else:
            _event_hooks(value)
    if given.get("http2") and importlib.util.find_spec("h2") is None:
        raise ImportError("httpx_args['http2']=True needs the h2 package: pip install 'httpx[http2]'.")
    return given


def _transport(name: str, value: object, transport: type, client: str) -> None:
    if not isinstance(value, transport):
        raise TypeError(
            f"{name} must be an {transport.__module__}.{transport.__name__} for {client}, got {type(value).__name__}."
        )


def _mounts(value: object, transport: type, client: str) -> None:
    if not isinstance(value, Mapping):
        raise TypeError(
            f"httpx_args['mounts'] must be a mapping of URL patterns to transports, got {type(value).__name__}."
        )
    for pattern, mounted in value.items():
        if not isinstance(pattern, str):
            raise TypeError(f"httpx_args['mounts'] keys must be URL patterns (str), got {type(pattern).__name__}.")
        if mounted is not None:
            _transport(f"httpx_args['mounts'][{pattern!r}]", mounted, transport, client)


def _event_hooks(value: object) -> None:
    if not isinstance(value, Mapping):
        raise TypeError(f"httpx_args['event_hooks'] must be a mapping, got {type(value).__name__}.")
    for event, hooks in value.items():
        if event not in ("request", "response"):
            raise TypeError(f"httpx_args['event_hooks']: unknown event {event!r}; events are 'request', 'response'.")
        if not isinstance(hooks, list | tuple) or not all(callable(hook) for hook in hooks):
            raise TypeError(f"httpx_args['event_hooks'][{event!r}] must be a list of callables.")
