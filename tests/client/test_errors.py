"""Non-2xx statuses raise one exception class per status, carrying what Datadog said."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from datadog_async import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DatadogError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
)
from datadog_async.api.action_connection import delete_action_connection, get_action_connection
from helpers import Recorder


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (418, ApiError),
        (422, ApiError),
        (302, ApiError),
    ],
)
def test_status_maps_to_its_exception(call: Any, status: int, error_type: type[ApiError]) -> None:
    body = {"errors": ["first problem", {"title": "Bad thing", "detail": "it broke", "source": {"pointer": "/data"}}]}
    headers = {"X-RateLimit-Reset": "9999"}  # past the retry cap: raised at once
    client = call.client(Recorder(httpx.Response(status, json=body, headers=headers)), max_retries=0)
    with pytest.raises(error_type) as info:
        call(get_action_connection, "conn/1", client=client)
    error = info.value
    assert type(error) is error_type
    assert isinstance(error, DatadogError)
    assert error.status_code == status
    assert error.errors == body["errors"]
    assert error.operation == "get_action_connection"
    assert error.method == "GET"
    assert error.url == "https://api.datadoghq.com/api/v2/actions/connections/conn%2F1"
    assert "first problem" in str(error)
    assert "Bad thing it broke (at /data)" in str(error)


def test_html_error_page_is_kept_as_text(call: Any) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    client = call.client(Recorder(httpx.Response(502, text=page)), max_retries=0)
    with pytest.raises(ServerError) as info:
        call(get_action_connection, "c", client=client)
    assert info.value.errors == []
    assert info.value.body == page
    assert "502 Bad Gateway" in str(info.value)


def test_rate_limit_error_carries_the_rate_limit_headers(call: Any) -> None:
    headers = {
        "X-RateLimit-Limit": "100",
        "X-RateLimit-Period": "60",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "3600",
        "X-RateLimit-Name": "incidents",
    }
    client = call.client(Recorder(httpx.Response(429, json={"errors": ["Too many requests"]}, headers=headers)))
    with pytest.raises(RateLimitError) as info:
        call(get_action_connection, "c", client=client)
    error = info.value
    assert (error.limit, error.period, error.remaining, error.reset, error.name) == (100, 60, 0, 3600, "incidents")


def test_a_2xx_body_that_breaks_the_spec_names_the_field(call: Any) -> None:
    client = call.client(Recorder(httpx.Response(200, json={"data": ["not", "an", "object"]})))
    with pytest.raises(ResponseValidationError) as info:
        call(get_action_connection, "c", client=client)
    assert info.value.operation == "get_action_connection"
    assert info.value.status_code == 200
    assert "data" in str(info.value)


def test_an_undocumented_success_status_is_a_validation_error(call: Any) -> None:
    client = call.client(Recorder(httpx.Response(202, json={})))
    with pytest.raises(ResponseValidationError, match="202 is not a documented success status"):
        call(delete_action_connection, "c", client=client)


def test_success_returns_the_model_not_an_optional(call: Any) -> None:
    client = call.client(Recorder(httpx.Response(204)))
    assert call(delete_action_connection, "c", client=client) is None
    detailed = call.detailed(delete_action_connection, "c", client=client)
    assert detailed.status_code == 204
