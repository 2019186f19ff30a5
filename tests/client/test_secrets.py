"""Keys never appear in logs (at DEBUG), in exceptions, or in a repr; redirects never carry them away."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from datadog_async import ApiError, AsyncDatadogClient, DatadogClient
from datadog_async.api.action_connection import get_action_connection
from helpers import Recorder

SECRET_API = "planted-api-key-0123456789"
SECRET_APP = "planted-app-key-9876543210"


def client_for(handler: Any, *, mode: str = "sync", **kwargs: Any) -> Any:
    cls = AsyncDatadogClient if mode == "async" else DatadogClient
    return cls(
        api_key=SECRET_API,
        app_key=SECRET_APP,
        httpx_args={"transport": httpx.MockTransport(handler), **kwargs.pop("httpx_args", {})},
        **kwargs,
    )


@pytest.mark.parametrize("status", [400, 401, 403, 404, 429, 500, 503])
def test_errors_and_debug_logs_never_contain_the_keys(call: Any, caplog: pytest.LogCaptureFixture, status: int) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"errors": [{"title": "denied", "meta": {"note": "no echo of headers here"}}]}
    client = client_for(Recorder(httpx.Response(status, json=echo, headers={"X-RateLimit-Reset": "0"})), mode=call.mode)
    client._random = lambda: 0.0
    with pytest.raises(ApiError) as info:
        call(get_action_connection, "c", client=client)
    texts = [str(info.value), repr(info.value), repr(client), caplog.text]
    texts += [str(record.args) for record in caplog.records]
    for text in texts:
        assert SECRET_API not in text
        assert SECRET_APP not in text
    assert "get_action_connection" in caplog.text  # the logs do say what happened


def test_a_redirect_to_another_host_does_not_carry_the_keys() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.datadoghq.com":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})
        return httpx.Response(200, json={})

    client = client_for(handler, httpx_args={"follow_redirects": True})
    get_action_connection.sync("c", client=client)
    assert [r.url.host for r in seen] == ["api.datadoghq.com", "elsewhere.example"]
    assert seen[0].headers["DD-API-KEY"] == SECRET_API
    assert "DD-API-KEY" not in seen[1].headers
    assert "DD-APPLICATION-KEY" not in seen[1].headers
