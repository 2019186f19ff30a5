"""Client configuration read from arguments and the environment, validated before any request."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable, Mapping

import httpx

from ._operations import DEFAULT_SITE, OPERATIONS, SERVER_URL_TEMPLATE, SITES, UNSTABLE_OPERATIONS

API_KEY_ENV = "DD_API_KEY"
APP_KEY_ENV = "DD_APP_KEY"
SITE_ENV = "DD_SITE"
UNSTABLE_ENV = "DD_UNSTABLE_OPERATIONS"


def resolve_keys(api_key: str | None, app_key: str | None, env: Mapping[str, str] = os.environ) -> tuple[str, str]:
    api = api_key if api_key is not None else env.get(API_KEY_ENV, "")
    app = app_key if app_key is not None else env.get(APP_KEY_ENV, "")
    missing = [
        f"{arg} (or the {var} environment variable)"
        for arg, var, value in (("api_key", API_KEY_ENV, api), ("app_key", APP_KEY_ENV, app))
        if not value
    ]
    if missing:
        raise ValueError(f"Datadog credentials are missing: pass {' and '.join(missing)}.")
    return api, app


def resolve_base_url(
    site: str | None,
    base_url: str | None,
    *,
    allow_insecure_http: bool,
    env: Mapping[str, str] = os.environ,
) -> str:
    """The API root: from `base_url` (proxies, fakes) or from a Datadog site."""
    if base_url is not None:
        if site is not None:
            raise ValueError("Pass either site or base_url, not both.")
        return check_transport_security(base_url.rstrip("/"), allow_insecure_http=allow_insecure_http)
    chosen = site if site is not None else (env.get(SITE_ENV) or DEFAULT_SITE)
    if chosen not in SITES:
        raise ValueError(f"Unknown Datadog site {chosen!r}; valid sites: {', '.join(SITES)}.")
    return SERVER_URL_TEMPLATE.replace("{site}", chosen)


def check_transport_security(url: str, *, allow_insecure_http: bool) -> str:
    """Keys travel in headers: refuse plain http except to a loopback address, unless opted in."""
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https"):
        raise ValueError(f"base_url must be an http(s) URL, got {url!r}.")
    if parsed.scheme == "http" and not is_loopback(parsed.host) and not allow_insecure_http:
        raise ValueError(
            f"Refusing to send Datadog keys over plain http to {parsed.host!r}; use https, a loopback address, "
            "or pass allow_insecure_http=True."
        )
    return url


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_unstable(names: Iterable[str] | None, env: Mapping[str, str] = os.environ) -> frozenset[str]:
    """The unstable operations this client may call; every name must be an unstable operation of the spec."""
    if names is None:
        names = [name.strip() for name in env.get(UNSTABLE_ENV, "").split(",") if name.strip()]
    if isinstance(names, str):
        raise TypeError("unstable_operations must be a collection of operation names, not a string.")
    enabled = frozenset(names)
    for name in sorted(enabled):
        if name in UNSTABLE_OPERATIONS:
            continue
        if name in OPERATIONS:
            raise ValueError(f"{name} is a stable operation; it needs no entry in unstable_operations.")
        raise ValueError(
            f"Unknown operation {name!r} in unstable_operations; unstable operations are: "
            f"{', '.join(sorted(UNSTABLE_OPERATIONS))}."
        )
    return enabled
