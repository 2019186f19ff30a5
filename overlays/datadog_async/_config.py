"""Client configuration read from arguments and the environment, validated before any request."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable, Mapping

import httpx

from . import _checks
from ._operations import DEFAULT_SITE, OPERATIONS, SERVER_URL_TEMPLATE, SITES, UNSTABLE_OPERATIONS

API_KEY_ENV = "DD_API_KEY"
APP_KEY_ENV = "DD_APP_KEY"
SITE_ENV = "DD_SITE"
UNSTABLE_ENV = "DD_UNSTABLE_OPERATIONS"


def resolve_keys(api_key: str | None, app_key: str | None, env: Mapping[str, str] = os.environ) -> tuple[str, str]:
    """Both keys, from the arguments or the environment, checked: whitespace around them (a secret file's
    trailing newline) is stripped; control, non-ASCII or inner whitespace characters are refused by name."""
    api = _key("api_key", API_KEY_ENV, api_key, env)
    app = _key("app_key", APP_KEY_ENV, app_key, env)
    missing = [
        f"{arg} (or the {var} environment variable)"
        for arg, var, value in (("api_key", API_KEY_ENV, api), ("app_key", APP_KEY_ENV, app))
        if not value
    ]
    if missing:
        raise ValueError(f"Datadog credentials are missing: pass {' and '.join(missing)}.")
    return api, app


def _key(name: str, var: str, given: str | None, env: Mapping[str, str]) -> str:
    if given is not None:
        return _checks.key(name, "the argument", given)
    return _checks.key(name, f"the {var} environment variable", env.get(var, ""))


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
        return check_transport_security(check_base_url(base_url), allow_insecure_http=allow_insecure_http)
    chosen = site if site is not None else (env.get(SITE_ENV) or DEFAULT_SITE)
    if not isinstance(chosen, str):
        raise TypeError(f"site must be a str, got {type(chosen).__name__}.")
    if chosen not in SITES:
        raise ValueError(f"Unknown Datadog site {chosen!r}; valid sites: {', '.join(SITES)}.")
    return SERVER_URL_TEMPLATE.replace("{site}", chosen)


def check_base_url(url: object) -> str:
    """A root URL every path is appended to: scheme, host, optional port and path; nothing else.

    Credentials are refused (they would show in every error's ``url`` and in httpx's log lines), and so are a
    query string or a fragment (a path appended after them would land inside them: the wrong endpoint).
    """
    if not isinstance(url, str):
        raise TypeError(f"base_url must be a str, got {type(url).__name__}.")
    authority = url.partition("://")[2].split("/", 1)[0]
    if "@" in authority:
        raise ValueError(
            "base_url must not contain credentials (user:password@): they would appear in error messages and "
            "logs. For a forward proxy pass httpx_args={'proxy': httpx.Proxy('https://proxy:port', "
            "auth=(user, password))}; for a reverse proxy, pass its token in headers= (the value is never shown)."
        )
    if any(char in url for char in "?#"):
        raise ValueError(f"base_url must not contain a query string or a fragment ('?' or '#'), got {url!r}.")
    if any(ord(char) <= 0x20 or ord(char) >= 0x7F for char in url):
        raise ValueError(f"base_url contains whitespace, a control or a non-ASCII character: {url!r}.")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url is not a valid URL ({exc}): {url!r}.") from None
    if not parsed.host:
        raise ValueError(f"base_url must be an absolute http(s) URL with a host, got {url!r}.")
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise ValueError(f"base_url has an invalid port {parsed.port}: {url!r}.")
    return url.rstrip("/")


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
