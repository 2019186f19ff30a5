"""DatadogClient configuration: arguments, environment, validation before any request."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from datadog_async import SITES, UNSTABLE_OPERATIONS, DatadogClient
from datadog_async.api.action_connection import get_action_connection
from helpers import Recorder, make_client, seed_unstable_operations

KEYS: dict[str, Any] = {"api_key": "k", "app_key": "a"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DD_API_KEY", "DD_APP_KEY", "DD_SITE", "DD_UNSTABLE_OPERATIONS"):
        monkeypatch.delenv(var, raising=False)


def test_keys_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DD_API_KEY", "env-api")
    monkeypatch.setenv("DD_APP_KEY", "env-app")
    recorder = Recorder(httpx.Response(200, json={"data": {"id": "c", "type": "action_connection"}}))
    client = DatadogClient(httpx_args={"transport": httpx.MockTransport(recorder)})
    with pytest.raises(Exception):  # noqa: B017,PT011 -- the body is incomplete; only the headers matter here
        get_action_connection.sync("c", client=client)
    assert recorder.requests[0].headers["DD-API-KEY"] == "env-api"
    assert recorder.requests[0].headers["DD-APPLICATION-KEY"] == "env-app"


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({}, ["DD_API_KEY", "DD_APP_KEY"]),
        ({"api_key": "k"}, ["DD_APP_KEY"]),
        ({"app_key": "a"}, ["DD_API_KEY"]),
        ({"api_key": "", "app_key": "a"}, ["DD_API_KEY"]),
    ],
)
def test_missing_keys_fail_at_construction_naming_the_env_vars(kwargs: dict[str, Any], named: list[str]) -> None:
    with pytest.raises(ValueError, match="credentials are missing") as info:
        DatadogClient(**kwargs)
    for var in named:
        assert var in str(info.value)
    for var in {"DD_API_KEY", "DD_APP_KEY"} - set(named):
        assert var not in str(info.value)


@pytest.mark.parametrize(
    ("site", "env", "url"),
    [
        (None, None, "https://api.datadoghq.com"),
        ("datadoghq.eu", None, "https://api.datadoghq.eu"),
        (None, "us5.datadoghq.com", "https://api.us5.datadoghq.com"),
        ("ap2.datadoghq.com", "datadoghq.eu", "https://api.ap2.datadoghq.com"),
        ("us2.ddog-gov.com", None, "https://api.us2.ddog-gov.com"),
    ],
)
def test_site_selects_the_server(monkeypatch: pytest.MonkeyPatch, site: str | None, env: str | None, url: str) -> None:
    if env:
        monkeypatch.setenv("DD_SITE", env)
    assert DatadogClient(site=site, **KEYS).base_url == url


def test_the_spec_lists_eight_sites() -> None:
    assert len(SITES) == 8
    assert {"ap2.datadoghq.com", "us2.ddog-gov.com", "datadoghq.com", "ddog-gov.com"} <= set(SITES)


def test_unknown_site_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"Unknown Datadog site 'datadoghq\.fr'") as info:
        DatadogClient(site="datadoghq.fr", **KEYS)
    for site in SITES:
        assert site in str(info.value)


def test_site_and_base_url_are_exclusive() -> None:
    with pytest.raises(ValueError, match="either site or base_url"):
        DatadogClient(site="datadoghq.eu", base_url="https://proxy.example", **KEYS)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8126", "http://localhost:1234", "http://[::1]:80"])
def test_plain_http_is_allowed_to_loopback(url: str) -> None:
    assert DatadogClient(base_url=url, **KEYS).base_url == url


def test_plain_http_elsewhere_needs_an_explicit_opt_in() -> None:
    with pytest.raises(ValueError, match="plain http"):
        DatadogClient(base_url="http://proxy.internal", **KEYS)
    client = DatadogClient(base_url="http://proxy.internal", allow_insecure_http=True, **KEYS)
    assert client.base_url == "http://proxy.internal"


def test_unstable_operations_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DD_UNSTABLE_OPERATIONS", "list_connections, update_connection")
    assert DatadogClient(**KEYS).unstable_operations == {"list_connections", "update_connection"}


def test_enabling_an_unknown_operation_is_an_error() -> None:
    with pytest.raises(ValueError, match="Unknown operation 'list_incidentz'"):
        DatadogClient(unstable_operations={"list_incidentz"}, **KEYS)


def test_enabling_a_stable_operation_is_an_error() -> None:
    with pytest.raises(ValueError, match="get_action_connection is a stable operation"):
        DatadogClient(unstable_operations={"get_action_connection"}, **KEYS)


def test_a_bare_string_is_not_a_set_of_operations() -> None:
    with pytest.raises(TypeError, match="not a string"):
        DatadogClient(unstable_operations="list_connections", **KEYS)


def test_gated_operations_are_exactly_the_ones_the_seeds_mark_unstable() -> None:
    assert set(UNSTABLE_OPERATIONS) == seed_unstable_operations()


@pytest.mark.parametrize("timeout", [0, -1, float("inf")])
def test_timeout_must_be_finite_and_positive(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        DatadogClient(timeout=timeout, **KEYS)


@pytest.mark.parametrize("arg", ["base_url", "headers", "timeout", "auth"])
def test_httpx_args_cannot_bypass_the_client_arguments(arg: str) -> None:
    with pytest.raises(ValueError, match=arg):
        DatadogClient(httpx_args={arg: None}, **KEYS)


def test_headers_cannot_carry_keys() -> None:
    with pytest.raises(ValueError, match="DD-API-KEY"):
        DatadogClient(headers={"dd-api-key": "x"}, **KEYS)


def test_default_timeout_is_finite() -> None:
    recorder = Recorder(httpx.Response(204))
    client = make_client(recorder)
    timeout = client._timeout
    assert timeout.read is not None
    assert timeout.connect is not None
    assert 0 < timeout.read < 120


def test_user_agent_and_extra_headers_are_sent() -> None:
    recorder = Recorder(httpx.Response(204))
    from datadog_async.api.action_connection import delete_action_connection

    client = make_client(recorder, headers={"X-Team": "sre"})
    delete_action_connection.sync("c", client=client)
    sent = recorder.requests[0].headers
    assert sent["X-Team"] == "sre"
    agent = sent["User-Agent"]
    assert agent.startswith("datadog-async/")
    assert " python/3." in agent
    assert f" httpx/{httpx.__version__}" in agent


def test_repr_never_shows_keys() -> None:
    client = DatadogClient(api_key="planted-api-secret", app_key="planted-app-secret")
    text = repr(client) + str(client)
    assert "planted" not in text
    assert "redacted" in text
