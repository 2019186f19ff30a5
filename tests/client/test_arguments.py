"""Configuration is checked where it is given: keys, headers, base_url, httpx_args and every numeric or boolean
option fail at construction (and in with_options) with a message naming the argument, never showing a key."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib.util
import inspect
import math
from typing import Any

import httpx
import pytest
from datadog_async import AsyncDatadogClient, DatadogClient, RetryPolicy
from datadog_async.api.action_connection import delete_action_connection
from helpers import Recorder

CLIENTS = [DatadogClient, AsyncDatadogClient]
KEYS: dict[str, Any] = {"api_key": "k", "app_key": "a"}
SECRET = "s3cr3t-value-1234"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DD_API_KEY", "DD_APP_KEY", "DD_SITE", "DD_UNSTABLE_OPERATIONS"):
        monkeypatch.delenv(var, raising=False)


# -- item 1: keys --------------------------------------------------------------------------------------------

# Every class of character a key must not contain, placed inside the key (around it, whitespace is stripped).
BAD_KEY_CHARS = {
    "line feed": "\n",
    "carriage return": "\r",
    "CRLF": "\r\n",
    "NUL": "\x00",
    "escape": "\x1b",
    "DEL": "\x7f",
    "C1 control": "\x85",
    "space": " ",
    "tab": "\t",
    "non-ASCII letter": "é",
    "non-ASCII space": "\u00a0",
    "line separator": "\u2028",
    "emoji": "🔑",
}
KEY_SOURCES = [
    ("api_key", "argument", None),
    ("app_key", "argument", None),
    ("api_key", "env", "DD_API_KEY"),
    ("app_key", "env", "DD_APP_KEY"),
]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(("arg", "source", "var"), KEY_SOURCES)
@pytest.mark.parametrize("char", list(BAD_KEY_CHARS.values()), ids=list(BAD_KEY_CHARS))
def test_a_key_with_a_bad_character_is_refused_naming_the_argument_not_the_value(
    monkeypatch: pytest.MonkeyPatch, cls: type, arg: str, source: str, var: str | None, char: str
) -> None:
    if var is not None and char == "\x00":
        char = "\x01"  # an environment variable cannot hold a NUL: the nearest control character instead
    bad = f"{SECRET[:6]}{char}{SECRET[6:]}"
    kwargs = dict(KEYS)
    if var is None:
        kwargs[arg] = bad
    else:
        del kwargs[arg]
        monkeypatch.setenv(var, bad)
    with pytest.raises(ValueError, match=arg) as info:
        cls(**kwargs)
    message = str(info.value)
    if var is not None:
        assert var in message
    for part in (SECRET, SECRET[:6], SECRET[6:], bad):
        assert part not in message


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("surrounding", ["\n", "\r\n", " ", "\t", " \t\r\n"])
def test_whitespace_around_a_key_is_stripped_before_it_reaches_the_wire(
    monkeypatch: pytest.MonkeyPatch, mode: str, surrounding: str
) -> None:
    # A key read from a secret file ends with a newline; an env var may carry a trailing CR.
    monkeypatch.setenv("DD_APP_KEY", f"{surrounding}env-app{surrounding}")
    recorder = Recorder(httpx.Response(204))
    transport = httpx.MockTransport(recorder)
    kwargs: dict[str, Any] = {"api_key": f"arg-api{surrounding}", "httpx_args": {"transport": transport}}
    if mode == "sync":
        with DatadogClient(**kwargs) as client:
            delete_action_connection.sync("c", client=client)
    else:

        async def run() -> None:
            async with AsyncDatadogClient(**kwargs) as aclient:
                await delete_action_connection.asyncio("c", client=aclient)

        asyncio.run(run())
    sent = recorder.requests[0].headers
    assert (sent["DD-API-KEY"], sent["DD-APPLICATION-KEY"]) == ("arg-api", "env-app")


@pytest.mark.parametrize("blank", [" ", "\n", "\r\n\t "])
def test_a_key_of_whitespace_only_is_missing(blank: str) -> None:
    with pytest.raises(ValueError, match="credentials are missing"):
        DatadogClient(api_key=blank, app_key="a")


@pytest.mark.parametrize("value", [b"bytes-key", 1234, ["k"]])
def test_a_key_that_is_not_a_str_is_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError, match="api_key must be a str"):
        DatadogClient(api_key=value, app_key="a")


# -- item 1: headers= ----------------------------------------------------------------------------------------

BAD_HEADER_NAMES = ["", "X Team", "X:Team", "X-Team\r\nDD-API-KEY", "X-Téam", "X\x00", "(x)"]
BAD_HEADER_VALUES = {
    "CRLF injection": f"ok\r\nDD-API-KEY: {SECRET}",
    "line feed": f"{SECRET}\nx",
    "carriage return": f"{SECRET}\rx",
    "NUL": f"{SECRET}\x00",
    "DEL": f"{SECRET}\x7f",
    "escape": f"{SECRET}\x1b[0m",
    "non-ASCII": f"{SECRET}é",
    "non-ASCII space": f"{SECRET}\u00a0x",
}


def _both_ways(cls: type, headers: Any) -> list[Any]:
    """The headers given at construction, and to with_options: each must fail the same way."""
    return [lambda: cls(headers=headers, **KEYS), lambda: cls(**KEYS).with_options(headers=headers)]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("name", BAD_HEADER_NAMES)
def test_a_bad_header_name_is_refused(cls: type, name: str) -> None:
    for make in _both_ways(cls, {name: "v"}):
        with pytest.raises(ValueError, match="not a valid header name"):
            make()


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("value", list(BAD_HEADER_VALUES.values()), ids=list(BAD_HEADER_VALUES))
def test_a_header_value_with_a_control_or_non_ascii_character_is_refused_without_its_value(
    cls: type, value: str
) -> None:
    for make in _both_ways(cls, {"X-Token": value}):
        with pytest.raises(ValueError, match=r"headers\['X-Token'\]") as info:
            make()
        assert SECRET not in str(info.value)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("headers", [{"X-Team": 1}, {"X-Team": b"sre"}, {"X-Team": None}, {1: "x"}, [("X", "y")]])
def test_headers_of_the_wrong_type_are_refused(cls: type, headers: Any) -> None:
    for make in _both_ways(cls, headers):
        with pytest.raises((TypeError, ValueError), match="headers"):
            make()


def test_header_values_keep_inner_spaces_and_lose_surrounding_ones() -> None:
    recorder = Recorder(httpx.Response(204))
    client = DatadogClient(
        headers={"X-Team": "  site reliability\t"}, httpx_args={"transport": httpx.MockTransport(recorder)}, **KEYS
    )
    delete_action_connection.sync("c", client=client.with_options(headers={"X-Other": " a b "}))
    assert recorder.requests[0].headers["X-Team"] == "site reliability"
    assert recorder.requests[0].headers["X-Other"] == "a b"


# -- items 4 and 7: base_url ---------------------------------------------------------------------------------

CREDENTIALS = [
    "https://user:hunter2pass@proxy.example",
    "https://user@proxy.example",
    "https://:hunter2pass@proxy.example:8443/dd",
    "http://user:hunter2pass@127.0.0.1:8080",
    "ftp://user:hunter2pass@proxy.example",
    "https://user:hunter2pass@proxy.example/?q=1",
]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("url", CREDENTIALS)
def test_a_base_url_with_credentials_is_refused_saying_how_to_pass_proxy_auth(cls: type, url: str) -> None:
    with pytest.raises(ValueError, match="must not contain credentials") as info:
        cls(base_url=url, **KEYS)
    message = str(info.value)
    assert "proxy" in message
    assert "hunter2pass" not in message
    assert "user@" not in message


QUERY_OR_FRAGMENT = [
    "https://proxy.example?",
    "https://proxy.example/?",
    "https://proxy.example/dd?api_key=1",
    "https://proxy.example#",
    "https://proxy.example/#frag",
    "https://proxy.example/dd?x=1#y",
    "http://127.0.0.1:8080/?",
]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("url", QUERY_OR_FRAGMENT)
def test_a_base_url_with_a_query_or_fragment_is_refused(cls: type, url: str) -> None:
    with pytest.raises(ValueError, match="query string or a fragment"):
        cls(base_url=url, **KEYS)


@pytest.mark.parametrize(
    ("url", "match"),
    [
        ("https://", "with a host"),
        ("https:///api", "with a host"),
        ("api.datadoghq.com", "with a host"),
        ("https://proxy.example:99999", "invalid port"),
        ("https://proxy.example:port", "not a valid URL"),
        ("https://proxy .example", "whitespace"),
        ("https://proxy.example/\n", "whitespace"),
        ("https://prøxy.example", "non-ASCII"),
    ],
)
def test_a_malformed_base_url_is_refused(url: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        DatadogClient(base_url=url, **KEYS)


def test_a_base_url_that_is_not_a_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="base_url must be a str"):
        DatadogClient(base_url=httpx.URL("https://proxy.example"), **KEYS)  # type: ignore[arg-type]


# -- item 20: every option's type and range ------------------------------------------------------------------

NAN, INF = math.nan, math.inf
BAD_OPTIONS: list[tuple[str, Any, type[Exception]]] = [
    ("max_retries", "2", TypeError),
    ("max_retries", 2.0, TypeError),
    ("max_retries", True, TypeError),
    ("max_retries", None, TypeError),
    ("max_retries", -1, ValueError),
    ("timeout", "5", TypeError),
    ("timeout", None, TypeError),
    ("timeout", True, TypeError),
    ("timeout", [5], TypeError),
    ("timeout", 0, ValueError),
    ("timeout", -1, ValueError),
    ("timeout", NAN, ValueError),
    ("timeout", INF, ValueError),
    ("max_rate_limit_wait", "60", TypeError),
    ("max_rate_limit_wait", -1, ValueError),
    ("max_rate_limit_wait", NAN, ValueError),
    ("max_rate_limit_wait", INF, ValueError),
    ("retry_non_idempotent", "yes", TypeError),
    ("retry_non_idempotent", 1, TypeError),
    ("total_timeout", "10", TypeError),
    ("total_timeout", 0, ValueError),
    ("total_timeout", -1, ValueError),
    ("total_timeout", NAN, ValueError),
    ("total_timeout", INF, ValueError),
]
CONSTRUCTOR_ONLY: list[tuple[str, Any, type[Exception]]] = [
    ("allow_insecure_http", "no", TypeError),
    ("allow_insecure_http", 0, TypeError),
    ("site", 5, TypeError),
    ("httpx_args", "verify=False", TypeError),
]
VIEW_ONLY: list[tuple[str, Any, type[Exception]]] = [
    ("backoff_initial", "1", TypeError),
    ("backoff_initial", -0.5, ValueError),
    ("backoff_initial", NAN, ValueError),
    ("backoff_max", INF, ValueError),
    ("backoff_max", False, TypeError),
]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(("arg", "value", "error"), BAD_OPTIONS + CONSTRUCTOR_ONLY)
def test_a_wrong_option_fails_at_construction_naming_it(cls: type, arg: str, value: Any, error: type) -> None:
    with pytest.raises(error, match=arg):
        cls(**{arg: value}, **KEYS)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(("arg", "value", "error"), [c for c in BAD_OPTIONS if c[1] is not None] + VIEW_ONLY)
def test_a_wrong_option_fails_in_with_options_naming_it(cls: type, arg: str, value: Any, error: type) -> None:
    client = cls(**KEYS)
    with pytest.raises(error, match=arg):
        client.with_options(**{arg: value})
    assert client.retry_policy == RetryPolicy()  # the client is untouched


TIMEOUT_FIELDS = ["connect", "read", "write", "pool"]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("phase", TIMEOUT_FIELDS)
@pytest.mark.parametrize("bad", [None, NAN, -1.0, 0.0, INF])
def test_every_field_of_an_httpx_timeout_is_checked(cls: type, phase: str, bad: float | None) -> None:
    fields: dict[str, Any] = {name: 5.0 for name in TIMEOUT_FIELDS}
    fields[phase] = bad
    timeout = httpx.Timeout(**fields)
    with pytest.raises(ValueError, match=f"timeout.{phase}"):
        cls(timeout=timeout, **KEYS)
    with pytest.raises(ValueError, match=f"timeout.{phase}"):
        cls(**KEYS).with_options(timeout=timeout)


# -- item 19 (part): httpx_args ------------------------------------------------------------------------------

SYNC_TRANSPORT = httpx.MockTransport(lambda request: httpx.Response(204))
BAD_HTTPX_ARGS: list[tuple[dict[str, Any], str]] = [
    ({"verfy": False}, "unknown argument 'verfy'"),
    ({"proxies": "http://proxy"}, "unknown argument 'proxies'"),
    ({"app": object()}, "unknown argument 'app'"),
    ({"limits": 10}, r"httpx_args\['limits'\] must be an httpx.Limits"),
    ({"http2": "yes"}, r"httpx_args\['http2'\] must be True or False"),
    ({"http1": None}, r"httpx_args\['http1'\]"),
    ({"verify": 1}, r"httpx_args\['verify'\]"),
    ({"trust_env": "false"}, r"httpx_args\['trust_env'\]"),
    ({"follow_redirects": 1}, r"httpx_args\['follow_redirects'\]"),
    ({"proxy": 8080}, r"httpx_args\['proxy'\]"),
    ({"cert": 5}, r"httpx_args\['cert'\]"),
    ({"max_redirects": -1}, r"httpx_args\['max_redirects'\]"),
    ({"max_redirects": "3"}, r"httpx_args\['max_redirects'\]"),
    ({"transport": "httpx"}, r"httpx_args\['transport'\] must be an httpx"),
    ({"mounts": {"https://": "transport"}}, r"httpx_args\['mounts'\]\['https://'\]"),
    ({"mounts": [("https://", None)]}, r"httpx_args\['mounts'\] must be a mapping"),
    ({"event_hooks": {"req": []}}, "unknown event 'req'"),
    ({"event_hooks": {"request": print}}, "must be a list of callables"),
    ({"event_hooks": {"request": ["not callable"]}}, "must be a list of callables"),
    ({"cookies": 5}, r"httpx_args\['cookies'\]"),
    ({"params": 5}, r"httpx_args\['params'\]"),
    ({"default_encoding": 5}, r"httpx_args\['default_encoding'\]"),
]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(("args", "match"), BAD_HTTPX_ARGS, ids=[m for _, m in BAD_HTTPX_ARGS])
def test_httpx_args_are_checked_at_construction(cls: type, args: dict[str, Any], match: str) -> None:
    with pytest.raises(TypeError, match=match):
        cls(httpx_args=args, **KEYS)


def test_a_transport_of_the_other_flavour_is_refused_naming_the_client() -> None:
    with pytest.raises(TypeError, match=r"httpx.AsyncBaseTransport for AsyncDatadogClient"):
        AsyncDatadogClient(httpx_args={"transport": httpx.HTTPTransport()}, **KEYS)
    with pytest.raises(TypeError, match=r"httpx.BaseTransport for DatadogClient"):
        DatadogClient(httpx_args={"transport": httpx.AsyncHTTPTransport()}, **KEYS)
    with pytest.raises(TypeError, match=r"mounts'\]\['all://'\] must be an httpx.BaseTransport"):
        DatadogClient(httpx_args={"mounts": {"all://": httpx.AsyncHTTPTransport()}}, **KEYS)


def test_http2_without_h2_installed_fails_at_construction() -> None:
    if importlib.util.find_spec("h2") is not None:
        pytest.skip("h2 is installed: http2=True works")
    with pytest.raises(ImportError, match=r"httpx\[http2\]"):
        DatadogClient(httpx_args={"http2": True}, **KEYS)


def test_every_httpx_client_argument_is_either_checked_or_reserved() -> None:
    from datadog_async._httpx_args import ACCEPTED, RESERVED

    for cls in (httpx.Client, httpx.AsyncClient):
        names = set(inspect.signature(cls.__init__).parameters) - {"self"}
        assert names == ACCEPTED | RESERVED


@pytest.mark.parametrize("cls", CLIENTS)
def test_good_httpx_args_are_accepted(cls: type) -> None:
    transport = SYNC_TRANSPORT if cls is DatadogClient else httpx.AsyncHTTPTransport()
    args: dict[str, Any] = {
        "transport": transport,
        "limits": httpx.Limits(max_connections=5),
        "verify": True,
        "trust_env": False,
        "follow_redirects": False,
        "max_redirects": 3,
        "proxy": None,
        "cert": None,
        "event_hooks": {"request": [], "response": []},
    }
    cls(httpx_args=args, **KEYS)


# -- item 22: with_options takes every RetryPolicy field -----------------------------------------------------


@pytest.mark.parametrize("cls", CLIENTS)
def test_with_options_accepts_every_retry_policy_field_as_its_docstring_says(cls: type[DatadogClient]) -> None:
    fields = {field.name for field in dataclasses.fields(RetryPolicy)}
    assert fields <= set(inspect.signature(cls.with_options).parameters)
    assert "with_options" in (RetryPolicy.__doc__ or "")
    changed: dict[str, Any] = {
        "max_retries": 7,
        "backoff_initial": 0.25,
        "backoff_max": 3.0,
        "max_rate_limit_wait": 5.5,
        "retry_non_idempotent": True,
    }
    assert set(changed) == fields
    client = cls(**KEYS)
    view = client.with_options(**changed)
    assert view.retry_policy == RetryPolicy(**changed)
    assert client.retry_policy == RetryPolicy()


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("max_retries", -1, ValueError),
        ("max_retries", 1.5, TypeError),
        ("backoff_initial", -1.0, ValueError),
        ("backoff_max", NAN, ValueError),
        ("max_rate_limit_wait", "1", TypeError),
        ("retry_non_idempotent", None, TypeError),
    ],
)
def test_a_retry_policy_checks_its_fields(field: str, value: Any, error: type) -> None:
    with pytest.raises(error, match=field):
        RetryPolicy(**{field: value})
