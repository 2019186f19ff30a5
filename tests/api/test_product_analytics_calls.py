"""Product Analytics operations over httpx.MockTransport: request shape, success parsing, typed errors."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from datadog_async import RateLimitError, UnstableOperationError
from datadog_async.api.product_analytics import list_connections, update_connection
from datadog_async.models import (
    ProductAnalyticsConnection,
    ProductAnalyticsListConnectionsResponse,
    ProductAnalyticsUpdateConnectionRequest,
    ProductAnalyticsUpdateConnectionRequestData,
)
from helpers import assert_request, respond

# Seed examples (003_c80dbdedf8842ff8.txt, 004_b902b8f64f0da70f.txt).
LIST_RESPONSE: dict[str, Any] = {
    "data": {
        "attributes": {
            "connections": [
                {
                    "created_at": "0001-01-01T00:00:00Z",
                    "created_by": "00000000-0000-0000-0000-000000000000",
                    "fields": [
                        {
                            "description": "Customer subscription tier",
                            "display_name": "Customer Tier",
                            "groups": ["Business", "Subscription"],
                            "id": "customer_tier",
                            "source_name": "subscription_tier",
                            "type": "string",
                        },
                    ],
                    "id": "user-profiles-connection",
                    "join": {"attribute": "user_email", "type": "email"},
                    "type": "ref_table",
                    "updated_at": "0001-01-01T00:00:00Z",
                    "updated_by": "00000000-0000-0000-0000-000000000000",
                }
            ]
        },
        "id": "list_connections_response",
        "type": "list_connections_response",
    }
}
UPDATE_BODY: dict[str, Any] = {
    "data": {
        "attributes": {
            "fields_to_add": [
                {
                    "description": "Net Promoter Score from customer surveys",
                    "display_name": "NPS Score",
                    "groups": ["Satisfaction", "Metrics"],
                    "id": "nps_score",
                    "source_name": "net_promoter_score",
                    "type": "number",
                }
            ],
            "fields_to_delete": ["old_revenue_field"],
            "fields_to_update": [
                {
                    "field_id": "lifetime_value",
                    "updated_display_name": "Customer Lifetime Value (`USD`)",
                    "updated_groups": ["Financial", "Metrics"],
                }
            ],
        },
        "id": "crm-integration",
        "type": "connection_id",
    }
}
ERROR_BODY: dict[str, Any] = {"errors": ["Bad Request"]}


# (module, kwargs factory, method, path, JSON body sent)
Case = tuple[ModuleType, Callable[[], dict[str, Any]], str, str, dict[str, Any] | None]
LIST_CASE: Case = (
    list_connections,
    lambda: {"entity": "users"},
    "GET",
    "/api/v2/product-analytics/users/mapping/connections",
    None,
)
UPDATE_CASE: Case = (
    update_connection,
    lambda: {"entity": "users", "body": ProductAnalyticsUpdateConnectionRequest.from_dict(copy.deepcopy(UPDATE_BODY))},
    "PUT",
    "/api/v2/product-analytics/users/mapping/connection",
    UPDATE_BODY,
)


def test_list_connections(call: Any) -> None:
    module, kwargs, method, path, sent = LIST_CASE
    handler = respond(200, LIST_RESPONSE)
    result = call(module, client=call.client(handler), **kwargs())
    (request,) = handler.requests
    assert_request(request, method, path, {}, sent)
    assert isinstance(result, ProductAnalyticsListConnectionsResponse)
    assert result.data is not None
    assert result.data.attributes is not None
    assert isinstance(result.data.attributes.connections, list)
    (connection,) = result.data.attributes.connections
    assert isinstance(connection, ProductAnalyticsConnection)
    assert connection.id == "user-profiles-connection"


def test_list_connections_detailed(call: Any) -> None:
    module, kwargs, *_ = LIST_CASE
    response = call.detailed(module, client=call.client(respond(200, LIST_RESPONSE)), **kwargs())
    assert response.status_code == 200
    assert isinstance(response.parsed, ProductAnalyticsListConnectionsResponse)


def test_update_connection_returns_none_on_empty_200(call: Any) -> None:
    module, kwargs, method, path, sent = UPDATE_CASE
    handler = respond(200)
    result = call(module, client=call.client(handler), **kwargs())
    (request,) = handler.requests
    assert_request(request, method, path, {}, sent)
    assert result is None
    detailed = call.detailed(module, client=call.client(respond(200)), **kwargs())
    assert (detailed.status_code, detailed.parsed) == (200, None)


def test_update_connection_sends_defaulted_type(call: Any) -> None:
    data = ProductAnalyticsUpdateConnectionRequestData(id="crm-integration")
    body = ProductAnalyticsUpdateConnectionRequest(data=data)
    handler = respond(200)
    call(update_connection, "accounts", client=call.client(handler), body=body)
    assert handler.requests[0].url.path == "/api/v2/product-analytics/accounts/mapping/connection"
    assert json.loads(handler.requests[0].content) == {"data": {"id": "crm-integration", "type": "connection_id"}}


@pytest.mark.parametrize("case", [LIST_CASE, UPDATE_CASE], ids=["list_connections", "update_connection"])
def test_too_many_requests_raises_rate_limit_error(call: Any, case: Case) -> None:
    module, kwargs, method, path, sent = case
    handler = respond(429, ERROR_BODY, {"X-RateLimit-Reset": "0"})
    with pytest.raises(RateLimitError) as info:
        call(module, client=call.client(handler), **kwargs())
    assert info.value.status_code == 429
    assert info.value.errors == ["Bad Request"]
    assert_request(handler.requests[0], method, path, {}, sent)


@pytest.mark.parametrize("case", [LIST_CASE, UPDATE_CASE], ids=["list_connections", "update_connection"])
def test_unstable_operations_need_opt_in(call: Any, case: Case) -> None:
    module, kwargs, *_ = case
    handler = respond(200, LIST_RESPONSE)
    with pytest.raises(UnstableOperationError):
        call(module, client=call.client(handler, unstable=False), **kwargs())
    assert handler.requests == []


def test_entity_is_percent_escaped(call: Any) -> None:
    handler = respond(200, LIST_RESPONSE)
    call(list_connections, "a/b?c#d", client=call.client(handler))
    assert handler.requests[0].url.raw_path == b"/api/v2/product-analytics/a%2Fb%3Fc%23d/mapping/connections"
