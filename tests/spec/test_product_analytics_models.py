"""Product Analytics models: the seed examples parse into typed models; date-times stay typed."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest
from datadog_async.models import (
    ProductAnalyticsConnection,
    ProductAnalyticsConnectionField,
    ProductAnalyticsConnectionFieldUpdate,
    ProductAnalyticsConnectionJoin,
    ProductAnalyticsListConnectionsResponse,
    ProductAnalyticsUpdateConnectionRequest,
    ProductAnalyticsUpdateConnectionRequestData,
)
from datadog_async.models.product_analytics_update_connection_request_data_type import (
    is_product_analytics_update_connection_request_data_type,
)
from datadog_async.types import ModelValidationError
from helpers import parse_strict

# The seed's list connections response example.
CONNECTION: dict[str, Any] = {
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
        {
            "description": "Channel through which user signed up",
            "display_name": "Signup Source",
            "groups": ["Marketing", "Attribution"],
            "id": "signup_source",
            "source_name": "acquisition_channel",
            "type": "string",
        },
    ],
    "id": "user-profiles-connection",
    "join": {"attribute": "user_email", "type": "email"},
    "type": "ref_table",
    "updated_at": "0001-01-01T00:00:00Z",
    "updated_by": "00000000-0000-0000-0000-000000000000",
}
LIST_RESPONSE: dict[str, Any] = {
    "data": {
        "attributes": {"connections": [CONNECTION]},
        "id": "list_connections_response",
        "type": "list_connections_response",
    }
}
# The seed's field-tree request example ("string" and "" placeholders, all in string fields).
UPDATE_PLACEHOLDERS: dict[str, Any] = {
    "data": {
        "attributes": {
            "fields_to_add": [
                {
                    "description": "string",
                    "display_name": "string",
                    "groups": [],
                    "id": "",
                    "source_name": "",
                    "type": "",
                }
            ],
            "fields_to_delete": [],
            "fields_to_update": [
                {
                    "field_id": "",
                    "updated_description": "string",
                    "updated_display_name": "string",
                    "updated_field_id": "string",
                    "updated_groups": [],
                }
            ],
        },
        "id": "",
        "type": "connection_id",
    }
}
# The seed's code-example request body.
UPDATE_EXAMPLE: dict[str, Any] = {
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


def test_list_response_example_is_typed() -> None:
    response = ProductAnalyticsListConnectionsResponse.from_dict(copy.deepcopy(LIST_RESPONSE))
    assert response.data is not None
    assert response.data.type_ == "list_connections_response"
    assert response.data.attributes is not None
    connections = response.data.attributes.connections
    assert isinstance(connections, list)
    (connection,) = connections
    assert isinstance(connection, ProductAnalyticsConnection)
    assert connection.created_at == datetime(1, 1, 1, tzinfo=UTC)
    assert connection.updated_at == datetime(1, 1, 1, tzinfo=UTC)
    assert isinstance(connection.join, ProductAnalyticsConnectionJoin)
    assert isinstance(connection.fields, list)
    assert [type(f) for f in connection.fields] == [ProductAnalyticsConnectionField] * 2
    assert [f.groups for f in connection.fields] == [["Business", "Subscription"], ["Marketing", "Attribution"]]


def test_list_response_round_trips_with_normalised_timestamps() -> None:
    # date-time values come back as ISO 8601 with an explicit offset ("Z" is written "+00:00").
    expected = copy.deepcopy(LIST_RESPONSE)
    for key in ("created_at", "updated_at"):
        expected["data"]["attributes"]["connections"][0][key] = "0001-01-01T00:00:00+00:00"
    dumped = ProductAnalyticsListConnectionsResponse.from_dict(copy.deepcopy(LIST_RESPONSE)).to_dict()
    assert dumped == expected
    assert ProductAnalyticsListConnectionsResponse.from_dict(dumped).to_dict() == expected


def test_metadata_is_a_string_map() -> None:
    raw = {"id": "c", "metadata": {"owner": "crm-team", "refresh": "daily"}}
    connection = ProductAnalyticsConnection.from_dict(copy.deepcopy(raw))
    assert connection.metadata is not None
    assert connection.metadata.additional_properties == raw["metadata"]
    assert connection.to_dict() == raw


@pytest.mark.parametrize("raw", [UPDATE_PLACEHOLDERS, UPDATE_EXAMPLE], ids=["field-tree", "code-example"])
def test_update_request_examples_round_trip(raw: dict[str, Any]) -> None:
    request = ProductAnalyticsUpdateConnectionRequest.from_dict(copy.deepcopy(raw))
    assert request.data is not None
    assert request.data.attributes is not None
    added = request.data.attributes.fields_to_add
    updated = request.data.attributes.fields_to_update
    assert isinstance(added, list)
    assert isinstance(updated, list)
    assert [type(f) for f in added] == [ProductAnalyticsConnectionField]
    assert [type(f) for f in updated] == [ProductAnalyticsConnectionFieldUpdate]
    assert request.to_dict() == raw


def test_update_request_type_defaults_to_connection_id() -> None:
    assert ProductAnalyticsUpdateConnectionRequestData(id="crm-integration").to_dict() == {
        "id": "crm-integration",
        "type": "connection_id",
    }


def test_unknown_update_request_type_is_kept_raw() -> None:
    raw = {"data": {"id": "c", "type": "connection"}}
    request = ProductAnalyticsUpdateConnectionRequest.from_dict(copy.deepcopy(raw))
    assert request.data is not None
    assert request.data.type_ == "connection"
    assert not is_product_analytics_update_connection_request_data_type(request.data.type_)
    assert is_product_analytics_update_connection_request_data_type("connection_id")
    assert request.to_dict() == raw


@pytest.mark.parametrize(
    ("raw", "path"),
    [
        pytest.param({"data": {"type": "connection_id"}}, ["data", "id"], id="missing-id"),
        pytest.param(
            {"data": {"id": "c", "type": "connection_id", "attributes": {"fields_to_update": [{}]}}},
            ["data", "attributes", "fields_to_update", 0, "field_id"],
            id="field-update-without-field_id",
        ),
        pytest.param(
            {
                "data": {
                    "id": "c",
                    "type": "connection_id",
                    "attributes": {"fields_to_add": [{"id": "f", "type": "string"}]},
                }
            },
            ["data", "attributes", "fields_to_add", 0, "source_name"],
            id="field-without-source_name",
        ),
    ],
)
def test_invalid_update_requests_are_rejected(raw: dict[str, Any], path: list[str | int]) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(ProductAnalyticsUpdateConnectionRequest, raw)
    assert info.value.path == path
    assert info.value.reason == "missing required field"
    assert str(info.value) == ".".join(map(str, path)) + ": missing required field"


# created_at/updated_at are date-times. The seed's values are real timestamps; these guard the rule that a
# type-name placeholder (`"created_at": "date-time"`) must not pass as a value.
@pytest.mark.parametrize("field", ["created_at", "updated_at"])
def test_date_time_placeholder_is_rejected(field: str) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(ProductAnalyticsConnection, {field: "date-time"})
    assert info.value.path == [field]
    assert info.value.reason == "expected a date-time string, got string 'date-time'"


def test_date_time_placeholder_error_names_the_field() -> None:
    with pytest.raises(ValueError, match=r"^created_at: expected a date-time string") as info:
        parse_strict(ProductAnalyticsConnection, {"created_at": "date-time"})
    assert isinstance(info.value, ModelValidationError)
    assert info.value.dotted_path == "created_at"
    assert str(info.value) == "created_at: expected a date-time string, got string 'date-time'"
