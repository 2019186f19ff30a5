"""Action Connection operations over httpx.MockTransport: request shape, success parsing, typed errors."""

from __future__ import annotations

import copy
import typing
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from datadog_async import (
    ApiError,
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
)
from datadog_async.api.action_connection import (
    create_action_connection,
    delete_action_connection,
    get_action_connection,
    update_action_connection,
)
from datadog_async.models import (
    ActionConnectionAWSIntegration,
    ActionConnectionCreateRequest,
    ActionConnectionHTTPIntegration,
    ActionConnectionResponse,
    ActionConnectionUpdateRequest,
)
from helpers import assert_request, respond

COLLECTION = "/api/v2/actions/connections"
CONNECTION_ID = "ca7e3a5a-60d6-4e8b-b1e2-8a8e7f3c2d10"
ITEM = f"{COLLECTION}/{CONNECTION_ID}"

# Seed examples (000_9110c72f0550f71c.txt).
RESPONSE: dict[str, Any] = {
    "data": {
        "attributes": {
            "integration": {
                "credentials": {
                    "account_id": "111222333444",
                    "external_id": "33a1011635c44b38a064cf14e82e1d8f",
                    "principal_id": "123456789012",
                    "role": "my-role",
                    "type": "AWSAssumeRole",
                },
                "type": "AWS",
            },
            "name": "My AWS Connection",
        },
        "id": "string",
        "type": "action_connection",
    }
}
CREATE_BODY: dict[str, Any] = {
    "data": {
        "type": "action_connection",
        "attributes": {
            "name": "Cassette Connection DELETE_ME",
            "integration": {
                "type": "AWS",
                "credentials": {"type": "AWSAssumeRole", "role": "MyRoleUpdated", "account_id": "123456789123"},
            },
        },
    }
}
UPDATE_BODY: dict[str, Any] = {
    "data": {
        "type": "action_connection",
        "attributes": {
            "name": "Cassette Connection",
            "integration": {
                "type": "AWS",
                "credentials": {"type": "AWSAssumeRole", "role": "MyRoleUpdated", "account_id": "123456789123"},
            },
        },
    }
}
ERROR_BODY: dict[str, Any] = {
    "errors": [
        {
            "detail": "Missing required attribute in body",
            "meta": {},
            "source": {"header": "Authorization", "parameter": "limit", "pointer": "/data/attributes/title"},
            "status": "400",
            "title": "Bad Request",
        }
    ]
}
HTTP_RESPONSE: dict[str, Any] = {
    "data": {
        "attributes": {
            "integration": {
                "base_url": "https://status.example.com/api/v1",
                "credentials": {
                    "type": "HTTPTokenAuth",
                    "tokens": [{"name": "api_token", "type": "SECRET", "value": "s3cr3t"}],
                },
                "type": "HTTP",
            },
            "name": "Statuspage",
        },
        "id": "conn-2",
        "type": "action_connection",
    }
}


# (module, kwargs factory, method, path, JSON body sent, success status, success body, parsed type)
Case = tuple[ModuleType, Callable[[], dict[str, Any]], str, str, dict[str, Any] | None, int, Any, type]
CASES: list[Case] = [
    (
        get_action_connection,
        lambda: {"connection_id": CONNECTION_ID},
        "GET", ITEM, None, 200, RESPONSE, ActionConnectionResponse,
    ),
    (
        create_action_connection,
        lambda: {"body": ActionConnectionCreateRequest.from_dict(copy.deepcopy(CREATE_BODY))},
        "POST", COLLECTION, CREATE_BODY, 201, RESPONSE, ActionConnectionResponse,
    ),
    (
        update_action_connection,
        lambda: {
            "connection_id": CONNECTION_ID,
            "body": ActionConnectionUpdateRequest.from_dict(copy.deepcopy(UPDATE_BODY)),
        },
        "PATCH", ITEM, UPDATE_BODY, 200, RESPONSE, ActionConnectionResponse,
    ),
    (
        delete_action_connection,
        lambda: {"connection_id": CONNECTION_ID},
        "DELETE", ITEM, None, 204, None, type(None),
    ),
]  # fmt: skip
CASE_IDS = [case[0].__name__.rsplit(".", 1)[1] for case in CASES]

# The error statuses each page documents.
ERRORS: dict[str, list[tuple[int, type[ApiError]]]] = {
    "get_action_connection": [
        (400, BadRequestError), (403, ForbiddenError), (404, NotFoundError), (429, RateLimitError),
    ],
    "create_action_connection": [(400, BadRequestError), (403, ForbiddenError), (429, RateLimitError)],
    "update_action_connection": [
        (400, BadRequestError), (403, ForbiddenError), (404, NotFoundError), (429, RateLimitError),
    ],
    "delete_action_connection": [(403, ForbiddenError), (404, NotFoundError), (429, RateLimitError)],
}  # fmt: skip
ERROR_CASES = [
    pytest.param(case, status, error, id=f"{name}-{status}")
    for case, name in zip(CASES, CASE_IDS, strict=True)
    for status, error in ERRORS[name]
]


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_success(call: Any, case: Case) -> None:
    module, kwargs, method, path, sent, status, body, parsed_type = case
    handler = respond(status, body)
    result = call(module, client=call.client(handler), **kwargs())
    (request,) = handler.requests
    assert_request(request, method, path, {}, sent)
    assert type(result) is parsed_type
    if body is not None:
        assert typing.cast(Any, result).to_dict() == body


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_detailed_returns_status_and_parsed(call: Any, case: Case) -> None:
    module, kwargs, _, _, _, status, body, parsed_type = case
    response = call.detailed(module, client=call.client(respond(status, body)), **kwargs())
    assert response.status_code == status
    assert type(response.parsed) is parsed_type


@pytest.mark.parametrize(("case", "status", "error"), ERROR_CASES)
def test_documented_errors_raise_typed_errors(call: Any, case: Case, status: int, error: type[ApiError]) -> None:
    module, kwargs, method, path, sent, *_ = case
    handler = respond(status, ERROR_BODY, {"X-RateLimit-Reset": "0"} if status == 429 else None)
    with pytest.raises(error) as info:
        call(module, client=call.client(handler), **kwargs())
    assert type(info.value) is error
    assert info.value.status_code == status
    assert info.value.errors == ERROR_BODY["errors"]
    assert_request(handler.requests[0], method, path, {}, sent)


def test_get_parses_the_http_integration_option(call: Any) -> None:
    handler = respond(200, HTTP_RESPONSE)
    result = call(get_action_connection, "conn-2", client=call.client(handler))
    assert isinstance(result, ActionConnectionResponse)
    assert result.data is not None
    assert isinstance(result.data.attributes.integration, ActionConnectionHTTPIntegration)
    assert result.to_dict() == HTTP_RESPONSE


def test_create_sends_the_http_integration_option(call: Any) -> None:
    body = {"data": {"type": "action_connection", "attributes": HTTP_RESPONSE["data"]["attributes"]}}
    handler = respond(201, RESPONSE)
    request_body = ActionConnectionCreateRequest.from_dict(copy.deepcopy(body))
    result = call(create_action_connection, client=call.client(handler), body=request_body)
    assert_request(handler.requests[0], "POST", COLLECTION, {}, body)
    assert isinstance(result, ActionConnectionResponse)
    assert result.data is not None
    assert isinstance(result.data.attributes.integration, ActionConnectionAWSIntegration)


def test_connection_id_is_percent_escaped(call: Any) -> None:
    handler = respond(200, RESPONSE)
    call(get_action_connection, "a/b?c#d e", client=call.client(handler))
    (request,) = handler.requests
    assert request.url.raw_path == b"/api/v2/actions/connections/a%2Fb%3Fc%23d%20e"
    assert dict(request.url.params) == {}
