"""Incident models: placeholders stay typed, every oneOf option parses into its own type and back, unknown
severities and field types are kept raw, and the three states of `commander_user` serialize from the request
models."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from datadog_async.models import (
    IncidentAttachmentData,
    IncidentCreateAttributes,
    IncidentCreateRelationships,
    IncidentFieldAttributesMultipleValue,
    IncidentFieldAttributesSingleValue,
    IncidentFields,
    IncidentNullableRelationshipToUser,
    IncidentNullableRelationshipToUserData,
    IncidentResponse,
    IncidentResponseAttributes,
    IncidentResponseRelationships,
    IncidentSearchResponse,
    IncidentsResponse,
    IncidentTimelineCellMarkdownCreateAttributes,
    IncidentUpdateRelationships,
    IncidentUpdateRequest,
    IncidentUserData,
)
from datadog_async.models.incident_severity import is_incident_severity
from datadog_async.types import UNSET, ModelValidationError
from helpers import instants, load_spec, parse_strict

USER_ID = "00000000-0000-0000-0000-000000000000"
# The seed's response examples put type names where int64 values belong ("case_id": "integer", ...) and
# `"fields": {"<any-key>": "undefined"}` where the map belongs; the spec substitutes typed values.
INT_PLACEHOLDERS = (
    "case_id",
    "customer_impact_duration",
    "time_to_detect",
    "time_to_internal_response",
    "time_to_repair",
    "time_to_resolve",
)
FIELDS_PLACEHOLDER: dict[str, Any] = {"<any-key>": "undefined"}


def spec_example(path: str, method: str, status: str) -> dict[str, Any]:
    example: dict[str, Any] = load_spec()["paths"][path][method]["responses"][status]["content"]["application/json"][
        "example"
    ]
    return copy.deepcopy(example)


def incidents_of(model: type, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The incident data objects of a response body."""
    if model is IncidentResponse:
        return [body["data"]]
    if model is IncidentsResponse:
        return list(body["data"])
    return [item["data"] for item in body["data"]["attributes"]["incidents"]]


RESPONSES: list[tuple[str, type, str, str, str]] = [
    ("create", IncidentResponse, "/api/v2/incidents", "post", "201"),
    ("get", IncidentResponse, "/api/v2/incidents/{incident_id}", "get", "200"),
    ("update", IncidentResponse, "/api/v2/incidents/{incident_id}", "patch", "200"),
    ("list", IncidentsResponse, "/api/v2/incidents", "get", "200"),
    ("search", IncidentSearchResponse, "/api/v2/incidents/search", "get", "200"),
]
RESPONSE_IDS = [r[0] for r in RESPONSES]


def raw_seed_example(model: type, body: dict[str, Any]) -> dict[str, Any]:
    """The spec example with the seed's placeholders put back."""
    raw = copy.deepcopy(body)
    for incident in incidents_of(model, raw):
        for key in INT_PLACEHOLDERS:
            incident["attributes"][key] = "integer"
        incident["attributes"]["fields"] = copy.deepcopy(FIELDS_PLACEHOLDER)
    return raw


@pytest.mark.parametrize(("name", "model", "path", "method", "status"), RESPONSES, ids=RESPONSE_IDS)
def test_substituted_example_round_trips_typed(name: str, model: Any, path: str, method: str, status: str) -> None:
    body = spec_example(path, method, status)
    parsed = model.from_dict(copy.deepcopy(body))
    assert instants(parsed.to_dict()) == instants(body)
    for incident in incidents_of(model, body):
        attributes = incident["attributes"]
        for key in INT_PLACEHOLDERS:
            assert type(attributes[key]) is int, key
        assert attributes["fields"] == {"state": {"type": "dropdown", "value": "resolved"}}
    first = parsed.data if model is IncidentResponse else None
    if first is not None:
        assert isinstance(first.attributes, IncidentResponseAttributes)
        assert first.attributes.archived == dt.datetime(2019, 9, 19, 10, tzinfo=dt.UTC)
        assert isinstance(first.attributes.fields, IncidentFields)
        assert isinstance(first.attributes.fields["state"], IncidentFieldAttributesSingleValue)


@pytest.mark.parametrize(("name", "model", "path", "method", "status"), RESPONSES, ids=RESPONSE_IDS)
def test_raw_seed_example_is_rejected(name: str, model: Any, path: str, method: str, status: str) -> None:
    # Rejected at the first placeholder of the first incident: `"case_id": "integer"`.
    with pytest.raises(ModelValidationError) as info:
        parse_strict(model, raw_seed_example(model, spec_example(path, method, status)))
    assert info.value.path[-2:] == ["attributes", "case_id"]
    assert info.value.reason == "expected an integer, got string 'integer'"


def with_placeholder(key: str, value: Any) -> dict[str, Any]:
    body = spec_example("/api/v2/incidents/{incident_id}", "get", "200")
    body["data"]["attributes"][key] = value
    return body


# (field, placeholder, path of the error below data.attributes, reason). Optional fields all accept null on read,
# so the reason does not repeat it.
PLACEHOLDER_ERRORS: list[tuple[str, Any, list[str | int], str]] = [
    (key, "integer", [key], "expected an integer, got string 'integer'") for key in INT_PLACEHOLDERS
]
PLACEHOLDER_ERRORS.append(
    ("fields", FIELDS_PLACEHOLDER, ["fields", "<any-key>"], "expected an object, got string 'undefined'")
)


@pytest.mark.parametrize(("key", "value", "path", "reason"), PLACEHOLDER_ERRORS)
def test_each_placeholder_is_rejected(key: str, value: Any, path: list[str | int], reason: str) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(IncidentResponse, with_placeholder(key, value))
    assert info.value.path == ["data", "attributes", *path]
    assert info.value.reason == reason


@pytest.mark.parametrize(("key", "value", "path", "reason"), PLACEHOLDER_ERRORS)
def test_placeholder_error_names_the_field(key: str, value: Any, path: list[str | int], reason: str) -> None:
    with pytest.raises(ValueError, match=rf"^data\.attributes\.{key}\b") as info:
        parse_strict(IncidentResponse, with_placeholder(key, value))
    assert isinstance(info.value, ModelValidationError)
    assert key in info.value.dotted_path
    assert str(info.value) == f"{info.value.dotted_path}: {reason}"


# ---------------------------------------------------------------------------------------- fields map
# (payload, option it must parse into). Rules (spec comment on IncidentFieldAttributes): `type` decides when
# present; else the shape of `value` (string -> single, list -> multiple); else (null/absent) -> multiple.
FIELD_CASES: list[Any] = [
    ({"type": "dropdown", "value": "resolved"}, IncidentFieldAttributesSingleValue),
    ({"type": "textbox", "value": "A summary"}, IncidentFieldAttributesSingleValue),
    ({"type": "textbox", "value": None}, IncidentFieldAttributesSingleValue),
    ({"type": "dropdown"}, IncidentFieldAttributesSingleValue),
    ({"type": "multiselect", "value": ["1.0", "1.1"]}, IncidentFieldAttributesMultipleValue),
    ({"type": "textarray", "value": []}, IncidentFieldAttributesMultipleValue),
    ({"type": "metrictag", "value": ["env:prod"]}, IncidentFieldAttributesMultipleValue),
    ({"type": "autocomplete", "value": None}, IncidentFieldAttributesMultipleValue),
    ({"value": ["a", "b"]}, IncidentFieldAttributesMultipleValue),
    ({"value": None}, IncidentFieldAttributesMultipleValue),
    ({}, IncidentFieldAttributesMultipleValue),
    ({"value": "resolved"}, IncidentFieldAttributesSingleValue),
]


@pytest.mark.parametrize(("payload", "option"), FIELD_CASES)
def test_field_options_parse_into_their_own_type(payload: dict[str, Any], option: type) -> None:
    fields = IncidentFields.from_dict({"my_field": copy.deepcopy(payload)})
    assert type(fields["my_field"]) is option
    assert fields.to_dict() == {"my_field": payload}


def test_field_request_models_serialize_each_option() -> None:
    fields = IncidentFields()
    fields["state"] = IncidentFieldAttributesSingleValue(type_="dropdown", value="resolved")
    fields["teams"] = IncidentFieldAttributesMultipleValue(type_="multiselect", value=["sre", "web"])
    fields["summary"] = IncidentFieldAttributesSingleValue(type_="textbox", value=None)
    assert fields.to_dict() == {
        "state": {"type": "dropdown", "value": "resolved"},
        "teams": {"type": "multiselect", "value": ["sre", "web"]},
        "summary": {"type": "textbox", "value": None},
    }


@pytest.mark.parametrize("new_type", ["checkbox", "DROPDOWN"])
def test_unknown_field_type_is_kept_raw(new_type: str) -> None:
    # A field type no option knows (Datadog adds them without notice) keeps the raw object.
    raw = {"f": {"type": new_type, "value": "x"}}
    fields = IncidentFields.from_dict(copy.deepcopy(raw))
    assert isinstance(fields["f"], dict)
    assert fields["f"] == raw["f"]
    assert fields.to_dict() == raw


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"type": "dropdown", "value": ["a"]}, "expected a string, got array"),
        ({"type": "multiselect", "value": "a"}, "expected an array, got string 'a'"),
        ({"type": "textbox", "value": 1}, "expected a string, got integer 1"),
    ],
    ids=["single-with-list", "multiple-with-string", "single-with-integer"],
)
def test_known_field_type_with_a_mismatched_value_is_rejected(payload: dict[str, Any], reason: str) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(IncidentFields, {"f": copy.deepcopy(payload)})
    assert info.value.path == ["f", "value"]
    assert info.value.reason == reason
    assert str(info.value) == f"f.value: {reason}"


# ---------------------------------------------------------------------------------------- included
USER: dict[str, Any] = {
    "attributes": {"email": "jane@example.com", "handle": "jane@example.com", "name": "Jane", "verified": True},
    "id": "u-1",
    "relationships": {
        "org": {"data": {"id": "00000000-0000-beef-0000-000000000000", "type": "orgs"}},
        "roles": {"data": [{"id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d", "type": "roles"}]},
    },
    "type": "users",
}
USER_WITHOUT_TYPE: dict[str, Any] = {"attributes": {"name": "Jane"}, "id": "u-2"}
POSTMORTEM: dict[str, Any] = {
    "attributes": {
        "attachment": {"documentUrl": "https://app.datadoghq.com/notebook/123", "title": "Postmortem IR-123"},
        "attachment_type": "postmortem",
    },
    "id": "00000000-0000-abcd-1000-000000000000",
    "relationships": {"last_modified_by_user": {"data": {"id": USER_ID, "type": "users"}}},
    "type": "incident_attachments",
}
LINK: dict[str, Any] = {
    "attributes": {
        "attachment": {"documentUrl": "https://example.com/runbook", "title": "Runbook"},
        "attachment_type": "link",
        "modified": "2019-09-19T10:00:00+00:00",
    },
    "id": "00000000-0000-abcd-1000-000000000001",
    "relationships": {},
    "type": "incident_attachments",
}


@pytest.mark.parametrize(
    ("item", "option"),
    [
        (USER, IncidentUserData),
        (USER_WITHOUT_TYPE, IncidentUserData),
        (POSTMORTEM, IncidentAttachmentData),
        (LINK, IncidentAttachmentData),
    ],
    ids=["user", "user-without-type", "postmortem-attachment", "link-attachment"],
)
def test_included_options_parse_into_their_own_type(item: dict[str, Any], option: type) -> None:
    body = spec_example("/api/v2/incidents/{incident_id}", "get", "200")
    body["included"] = [copy.deepcopy(item)]
    parsed = IncidentResponse.from_dict(copy.deepcopy(body))
    assert parsed.included is not None
    assert [type(i) for i in parsed.included] == [option]
    assert instants(parsed.to_dict()) == instants(body)


def test_included_mixes_users_and_attachments_in_order() -> None:
    body = spec_example("/api/v2/incidents/search", "get", "200")
    body["included"] = [copy.deepcopy(x) for x in (LINK, USER, USER_WITHOUT_TYPE, POSTMORTEM)]
    parsed = IncidentSearchResponse.from_dict(copy.deepcopy(body))
    assert parsed.included is not None
    assert [type(i) for i in parsed.included] == [
        IncidentAttachmentData,
        IncidentUserData,
        IncidentUserData,
        IncidentAttachmentData,
    ]
    assert instants(parsed.to_dict()) == instants(body)


# ---------------------------------------------------------------------------------------- commander_user
USER_REF = {"id": USER_ID, "type": "users"}
# (value given to the request model, what goes on the wire: None = key omitted)
COMMANDER_STATES: list[Any] = [
    pytest.param(UNSET, None, id="unset-omitted"),
    pytest.param(None, {"commander_user": None}, id="null"),
    pytest.param(IncidentNullableRelationshipToUser(data=None), {"commander_user": {"data": None}}, id="data-null"),
    pytest.param(
        IncidentNullableRelationshipToUser(data=IncidentNullableRelationshipToUserData(id=USER_ID, type_="users")),
        {"commander_user": {"data": USER_REF}},
        id="user",
    ),
]


@pytest.mark.parametrize(("commander", "wire"), COMMANDER_STATES)
def test_update_commander_user_states_serialize(commander: Any, wire: dict[str, Any] | None) -> None:
    relationships = IncidentUpdateRelationships(commander_user=commander)
    assert relationships.to_dict() == (wire or {})
    parsed = IncidentUpdateRelationships.from_dict(copy.deepcopy(wire or {}))
    assert parsed.to_dict() == (wire or {})
    if wire is None:
        assert parsed.commander_user is None  # reads None; to_dict() leaves it out (above)
    elif wire["commander_user"] is None:
        assert parsed.commander_user is None
    else:
        assert isinstance(parsed.commander_user, IncidentNullableRelationshipToUser)


def test_update_request_removing_the_commander_sends_data_null() -> None:
    body = IncidentUpdateRequest.from_dict(
        {"data": {"id": "inc-1", "type": "incidents", "relationships": {"commander_user": {"data": None}}}}
    )
    assert body.data.relationships is not None
    commander = body.data.relationships.commander_user
    assert isinstance(commander, IncidentNullableRelationshipToUser)
    assert commander.data is None
    assert body.to_dict()["data"]["relationships"] == {"commander_user": {"data": None}}


@pytest.mark.parametrize(("commander", "wire"), COMMANDER_STATES[1:])
def test_create_commander_user_is_required_but_nullable(commander: Any, wire: dict[str, Any]) -> None:
    assert IncidentCreateRelationships(commander_user=commander).to_dict() == wire
    assert IncidentCreateRelationships.from_dict(copy.deepcopy(wire)).to_dict() == wire
    with pytest.raises(ModelValidationError) as info:
        parse_strict(IncidentCreateRelationships, {})
    assert (info.value.path, info.value.reason) == (["commander_user"], "missing required field")
    assert str(info.value) == "commander_user: missing required field"


def test_response_commander_user_may_be_empty() -> None:
    parsed = IncidentResponseRelationships.from_dict({"commander_user": {"data": None}})
    assert isinstance(parsed.commander_user, IncidentNullableRelationshipToUser)
    assert parsed.commander_user.data is None


# ---------------------------------------------------------------------------------------- attributes
NULLABLE_RESPONSE_KEYS = (
    "archived",
    "customer_impact_duration",
    "customer_impact_end",
    "customer_impact_scope",
    "customer_impact_start",
    "detected",
    "non_datadog_creator",
    "resolved",
    "time_to_detect",
    "time_to_internal_response",
    "time_to_repair",
    "time_to_resolve",
)


@pytest.mark.parametrize("key", NULLABLE_RESPONSE_KEYS)
def test_nullable_response_attributes(key: str) -> None:
    raw = {"title": "t", key: None}
    parsed = IncidentResponseAttributes.from_dict(raw)
    assert getattr(parsed, key) is None
    assert parsed.to_dict() == raw


def test_timestamps_are_datetimes_and_counters_int64() -> None:
    big = 2**40  # beyond int32
    raw = {
        "title": "t",
        "created": "2024-05-01T12:30:00+00:00",
        "resolved": "2024-05-02T12:30:00+00:00",
        "public_id": big,
        "time_to_resolve": big,
    }
    parsed = IncidentResponseAttributes.from_dict(raw)
    assert parsed.created == dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC)
    assert parsed.resolved == dt.datetime(2024, 5, 2, 12, 30, tzinfo=dt.UTC)
    assert (parsed.public_id, parsed.time_to_resolve) == (big, big)
    assert parsed.to_dict() == raw


@pytest.mark.parametrize("severity", ["UNKNOWN", "SEV-1", "SEV-2", "SEV-3", "SEV-4", "SEV-5"])
def test_severity_values(severity: str) -> None:
    assert IncidentResponseAttributes.from_dict({"title": "t", "severity": severity}).severity == severity


@pytest.mark.parametrize("severity", ["SEV-0", "sev-1", "SEV1"])
def test_unknown_severity_is_kept_raw(severity: str) -> None:
    raw = {"title": "t", "severity": severity}
    parsed = IncidentResponseAttributes.from_dict(copy.deepcopy(raw))
    assert parsed.severity == severity
    assert type(parsed.severity) is str
    assert not is_incident_severity(parsed.severity)
    assert parsed.to_dict() == raw


def test_severity_must_still_be_a_string() -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(IncidentResponseAttributes, {"title": "t", "severity": 1})
    assert (info.value.path, info.value.reason) == (["severity"], "expected a string, got integer 1")


def test_title_is_required_in_responses() -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(IncidentResponseAttributes, {"state": "active"})
    assert (info.value.path, info.value.reason) == (["title"], "missing required field")
    assert str(info.value) == "title: missing required field"


def test_initial_cells_markdown_option() -> None:
    raw = {
        "customer_impacted": False,
        "title": "t",
        "initial_cells": [{"cell_type": "markdown", "content": {"content": "**Impact**"}, "important": True}],
        "notification_handles": [{"display_name": "Jane Doe", "handle": "@test.user@test.com"}],
    }
    parsed = IncidentCreateAttributes.from_dict(copy.deepcopy(raw))
    assert parsed.initial_cells is not None
    assert [type(c) for c in parsed.initial_cells] == [IncidentTimelineCellMarkdownCreateAttributes]
    assert parsed.to_dict() == raw


def test_create_attributes_require_title_and_customer_impacted() -> None:
    for missing in ("title", "customer_impacted"):
        raw = {"title": "t", "customer_impacted": False}
        del raw[missing]
        with pytest.raises(ModelValidationError) as info:
            parse_strict(IncidentCreateAttributes, raw)
        assert (info.value.path, info.value.reason) == ([missing], "missing required field")
        assert info.value.dotted_path == missing
