"""ResponseShaper: documents shaped as Datadog sends them (the levels filled with null, and nothing invented),
the nullable-on-read rule, and the fake answering that way."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from datadog_async.testing import FakeDatadog, ResponseConformanceError
from datadog_async.testing._shape import ResponseShaper
from datadog_async.testing._spec import load_packaged_spec
from testing.fake_world import build_world, post, raw_client

# A small spec of its own, so that each level is explicit: an envelope with data, included and meta; a
# resource with attributes (nested object, list of objects, a map, a oneOf) and relationships.
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {},
    "components": {
        "schemas": {
            "Response": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"$ref": "#/components/schemas/Thing"},
                    "included": {"type": "array", "items": {"$ref": "#/components/schemas/Included"}},
                    "meta": {
                        "type": "object",
                        "properties": {"next": {"type": "integer"}, "total": {"type": "integer"}},
                    },
                },
            },
            "Thing": {
                "type": "object",
                "required": ["id", "type"],
                "properties": {
                    "id": {"type": "string"},
                    "type": {"type": "string", "enum": ["things"]},
                    "attributes": {"$ref": "#/components/schemas/ThingAttributes"},
                    "relationships": {
                        "type": "object",
                        "properties": {"owner": {"type": "object"}, "team": {"type": "object"}},
                    },
                },
            },
            "ThingAttributes": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "count": {"type": "integer"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "limits": {
                        "type": "object",
                        "required": ["hard"],
                        "properties": {"hard": {"type": "integer"}, "soft": {"type": "integer"}},
                    },
                    "buckets": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"name": {"type": "string"}, "max": {"type": "number"}},
                        },
                    },
                    "fields": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "properties": {"value": {"type": "string"}, "kind": {"type": "string"}},
                        },
                    },
                    "source": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/UrlSource"},
                            {"$ref": "#/components/schemas/FileSource"},
                            {"type": "null"},
                        ]
                    },
                    "free": {"type": "object"},
                },
            },
            "UrlSource": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "enum": ["url"]}, "url": {"type": "string"}},
            },
            "FileSource": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "enum": ["file"]}, "path": {"type": "string"}},
            },
            "Included": {"oneOf": [{"$ref": "#/components/schemas/User"}, {"$ref": "#/components/schemas/Thing"}]},
            "User": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "type": {"type": "string", "enum": ["users"]},
                    "attributes": {
                        "type": "object",
                        "properties": {"email": {"type": "string"}, "title": {"type": "string"}},
                    },
                },
            },
        }
    },
}
RESPONSE = "/components/schemas/Response"
ALL_NULL_ATTRIBUTES = {
    "count": None,
    "tags": None,
    "limits": None,
    "buckets": None,
    "fields": None,
    "source": None,
    "free": None,
}


def shape(document: Any) -> Any:
    return ResponseShaper(SPEC).shape(RESPONSE, document)


def test_every_documented_attribute_is_sent_null_where_unset() -> None:
    shaped = shape({"data": {"id": "1", "type": "things", "attributes": {"name": "a"}}})
    assert shaped["data"]["attributes"] == {"name": "a", **ALL_NULL_ATTRIBUTES}


def test_the_envelope_and_relationships_are_not_filled() -> None:
    document = {"data": {"id": "1", "type": "things", "attributes": {"name": "a"}, "relationships": {}}, "meta": {}}
    shaped = shape(document)
    assert set(shaped) == {"data", "meta"}  # no "included": null
    assert shaped["meta"] == {}
    assert shaped["data"]["relationships"] == {}
    assert set(shaped["data"]) == {"id", "type", "attributes", "relationships"}


def test_nested_objects_list_items_and_map_values_are_filled() -> None:
    attributes = {
        "name": "a",
        "limits": {"hard": 3},
        "buckets": [{"name": "empty"}, {"max": 2.5}],
        "fields": {"severity": {"value": "SEV-1"}},
    }
    shaped = shape({"data": {"id": "1", "type": "things", "attributes": attributes}})["data"]["attributes"]
    assert shaped["limits"] == {"hard": 3, "soft": None}
    assert shaped["buckets"] == [{"name": "empty", "max": None}, {"max": 2.5, "name": None}]
    assert shaped["fields"] == {"severity": {"value": "SEV-1", "kind": None}}


def test_the_matching_one_of_branch_is_filled() -> None:
    url = {"data": {"id": "1", "type": "things", "attributes": {"name": "a", "source": {"kind": "url"}}}}
    file = {"data": {"id": "1", "type": "things", "attributes": {"name": "a", "source": {"kind": "file"}}}}
    assert shape(url)["data"]["attributes"]["source"] == {"kind": "url", "url": None}
    assert shape(file)["data"]["attributes"]["source"] == {"kind": "file", "path": None}


def test_a_value_matching_no_branch_is_kept_as_it_is() -> None:
    odd = {"data": {"id": "1", "type": "things", "attributes": {"name": "a", "source": {"kind": "ftp"}}}}
    assert shape(odd)["data"]["attributes"]["source"] == {"kind": "ftp"}


def test_included_resources_are_filled_by_their_own_schema() -> None:
    included = [
        {"id": "u", "type": "users", "attributes": {}},
        {"id": "2", "type": "things", "attributes": {"name": "b"}},
    ]
    shaped = shape({"data": {"id": "1", "type": "things"}, "included": included})
    assert shaped["included"][0]["attributes"] == {"email": None, "title": None}
    assert shaped["included"][1]["attributes"] == {"name": "b", **ALL_NULL_ATTRIBUTES}


def test_nothing_is_invented() -> None:
    """Required attributes, containers that are absent, list items and free-form objects stay as they are."""
    document = {"data": {"id": "1", "type": "things", "attributes": {"tags": [], "limits": {}, "free": {"x": 1}}}}
    shaped = shape(document)
    assert "name" not in shaped["data"]["attributes"]  # required: never made up, not even as null
    assert shaped["data"]["attributes"]["tags"] == []
    assert shaped["data"]["attributes"]["limits"] == {"soft": None}  # "hard" is required
    assert shaped["data"]["attributes"]["free"] == {"x": 1}
    assert "attributes" not in shape({"data": {"id": "1", "type": "things"}})["data"]


def test_unknown_keys_and_key_order_are_kept_and_the_input_is_not_changed() -> None:
    document = {"newer": 1, "data": {"type": "things", "id": "1", "attributes": {"later": True, "name": "a"}}}
    before = copy.deepcopy(document)
    shaped = shape(document)
    assert document == before
    assert list(shaped) == ["newer", "data"]
    assert list(shaped["data"]["attributes"])[:2] == ["later", "name"]


def test_nullable_on_read_allows_null_for_optional_properties_only() -> None:
    validator = ResponseShaper(SPEC).read_validator(RESPONSE)
    assert validator.is_valid({"data": {"id": "1", "type": "things", "attributes": {"name": "a", "count": None}}})
    assert validator.is_valid({"data": {"id": "1", "type": "things"}, "meta": None})
    assert not validator.is_valid({"data": {"id": "1", "type": "things", "attributes": {"name": None}}})
    assert not validator.is_valid({"data": None})
    assert not validator.is_valid({"data": {"id": "1", "type": "things", "attributes": {"name": "a", "count": "2"}}})


# -- the fake --------------------------------------------------------------------------------------------


def test_the_fake_sends_every_documented_attribute_null_where_unset() -> None:
    fake = FakeDatadog(seed=5, validate_responses=True)
    world = build_world(fake)
    with raw_client(fake) as http:
        incident = http.get(f"/api/v2/incidents/{world.ids['incident_id']}").json()["data"]
        todo = http.get(
            f"/api/v2/incidents/{world.ids['incident_id']}/relationships/todos/{world.ids['todo_id']}"
        ).json()["data"]
        search = http.get("/api/v2/incidents/search", params={"query": "state:active"}).json()["data"]
    spec = fake.index.spec["components"]["schemas"]
    assert set(incident["attributes"]) == set(spec["IncidentResponseAttributes"]["properties"])
    assert incident["attributes"]["case_id"] is None
    assert incident["attributes"]["title"] == "Checkout down"
    assert todo["attributes"]["due_date"] is None
    assert todo["attributes"]["content"] == "Roll back"
    assert "commander_user" not in incident["relationships"]  # relationships are not filled
    facets = search["attributes"]["facets"]
    assert facets["state"] == [{"name": "active", "count": 1}]
    assert facets["commander"] is None  # no commander anywhere: the facet has no value
    assert search["attributes"]["incidents"][0]["data"]["attributes"]["case_id"] is None


def test_the_fake_keeps_what_a_handler_set() -> None:
    fake = FakeDatadog(seed=5, validate_responses=True)
    with raw_client(fake) as http:
        body = {"data": {"type": "incidents", "attributes": {"title": "t", "customer_impacted": True}}}
        created = post(http, "/api/v2/incidents", body)["data"]["attributes"]
    assert created["customer_impacted"] is True
    assert created["fields"]["severity"] == {"type": "dropdown", "value": "UNKNOWN"}


@pytest.mark.parametrize("status", [400, 404])
def test_error_bodies_are_not_shaped(status: int) -> None:
    fake = FakeDatadog(seed=5, validate_responses=True)
    with raw_client(fake) as http:
        if status == 404:
            response = http.get("/api/v2/incidents/00000000-0000-0000-0000-000000000009")
        else:
            response = http.post("/api/v2/incidents", json={"data": {"type": "incidents"}})
    assert response.status_code == status
    assert set(response.json()) == {"errors"}


def test_conformance_still_fails_a_response_the_spec_does_not_allow() -> None:
    """Nullable on read loosens optional properties only: with `case_id` required, an incident without a case
    (which the fake does not make up a value for) is refused by the fake's own conformance check."""
    spec = copy.deepcopy(load_packaged_spec())
    spec["components"]["schemas"]["IncidentResponseAttributes"]["required"].append("case_id")
    fake = FakeDatadog(spec=spec, validate_responses=True)
    body = {"data": {"type": "incidents", "attributes": {"title": "t", "customer_impacted": False}}}
    with raw_client(fake) as http, pytest.raises(ResponseConformanceError, match="case_id"):
        http.post("/api/v2/incidents", json=body)
