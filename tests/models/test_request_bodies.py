"""Request models built in code: one-value fields default, readOnly fields are not parameters, typed maps.

The spec-wide tests walk openapi.yaml (every object schema with a model class), so a new one-value enum or
readOnly field is covered without a new test.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import datadog_async.models as models
import pytest
from datadog_async.models import (
    IncidentCreateAttributes,
    IncidentCreateData,
    IncidentCreateRequest,
    IncidentFieldAttributesMultipleValue,
    IncidentFieldAttributesSingleValue,
    IncidentFields,
    IncidentNotificationHandle,
    IncidentTodoAttributes,
    IncidentTodoCreateData,
    IncidentTodoCreateRequest,
)
from datadog_async.types import UNSET, Unset
from helpers import load_spec, resolve

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def python_name(wire: str) -> str:
    """The generated attribute name of a wire field (camelCase to snake_case, `type` to `type_`)."""
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire).lower()
    return name + "_" if name == "type" else name


def fields(predicate: Any) -> Iterator[tuple[str, str, Any]]:
    """(model name, wire name, resolved field schema) of every model field the predicate accepts."""
    for name, schema in SCHEMAS.items():
        if schema.get("type") != "object" or not hasattr(models, name):
            continue
        for wire, node in schema.get("properties", {}).items():
            if predicate(node, resolve(SPEC, node)):
                yield name, wire, resolve(SPEC, node)


ONE_VALUE = list(fields(lambda _node, field: len(field.get("enum", ())) == 1))
READ_ONLY = list(fields(lambda node, _field: node.get("readOnly") is True))


def test_the_spec_has_fields_of_each_kind() -> None:
    assert len(ONE_VALUE) >= 20
    assert {(m, w) for m, w, _ in READ_ONLY} >= {
        ("IncidentTodoAttributes", "created"),
        ("IncidentTodoAttributes", "modified"),
    }


@pytest.mark.parametrize(("model", "wire", "field"), ONE_VALUE, ids=[f"{m}.{w}" for m, w, _ in ONE_VALUE])
def test_a_one_value_field_defaults_to_its_value(model: str, wire: str, field: Any) -> None:
    parameter = inspect.signature(getattr(models, model)).parameters[python_name(wire)]
    assert parameter.default == field["enum"][0]


@pytest.mark.parametrize(("model", "wire", "field"), READ_ONLY, ids=[f"{m}.{w}" for m, w, _ in READ_ONLY])
def test_a_read_only_field_is_no_parameter_but_reads(model: str, wire: str, field: Any) -> None:
    cls = getattr(models, model)
    assert python_name(wire) not in inspect.signature(cls).parameters
    assert python_name(wire) in {a.name for a in cls.__attrs_attrs__}


def test_the_create_incident_body_built_with_defaults_is_the_wire_json() -> None:
    body = IncidentCreateRequest(
        IncidentCreateData(
            IncidentCreateAttributes(
                title="Checkout is down",
                customer_impacted=False,
                fields=IncidentFields({"severity": IncidentFieldAttributesSingleValue(value="SEV-2")}),
            )
        )
    )
    assert body.to_dict() == {
        "data": {
            "type": "incidents",
            "attributes": {
                "title": "Checkout is down",
                "customer_impacted": False,
                "fields": {"severity": {"value": "SEV-2"}},
            },
        }
    }
    assert IncidentCreateRequest.from_dict(body.to_dict()) == body


def test_a_todo_body_omits_its_read_only_timestamps_and_reads_them_from_a_response() -> None:
    body = IncidentTodoCreateRequest(
        IncidentTodoCreateData(IncidentTodoAttributes(content="Page DBA", assignees=["@dba"]))
    )
    assert body.to_dict() == {
        "data": {"type": "incident_todos", "attributes": {"assignees": ["@dba"], "content": "Page DBA"}}
    }
    wire = {"assignees": ["@dba"], "content": "Page DBA", "created": "2024-05-01T10:00:00+00:00"}
    parsed = IncidentTodoAttributes.from_dict(wire)
    assert parsed.created is not None
    assert parsed.created.isoformat() == "2024-05-01T10:00:00+00:00"
    assert parsed.to_dict() == wire


def test_a_typed_map_is_built_from_a_copy_of_the_mapping() -> None:
    entries: dict[str, IncidentFieldAttributesSingleValue | IncidentFieldAttributesMultipleValue] = {
        "severity": IncidentFieldAttributesSingleValue(type_="dropdown", value="SEV-1"),
        "services": IncidentFieldAttributesMultipleValue(value=["checkout"]),
    }
    map_ = IncidentFields(entries)
    entries.clear()
    assert map_.to_dict() == {
        "severity": {"type": "dropdown", "value": "SEV-1"},
        "services": {"value": ["checkout"]},
    }
    assert IncidentFields().to_dict() == {}
    assert IncidentFields.from_dict(map_.to_dict()) == map_


def test_any_unset_instance_leaves_an_optional_field_out_and_none_sends_null() -> None:
    # __init__ tests the type of the argument (not its identity with UNSET): every Unset means "not given".
    handle = IncidentNotificationHandle(display_name=Unset(), handle=None)
    assert handle.to_dict() == {"handle": None}
    assert IncidentNotificationHandle(display_name=UNSET).to_dict() == {}
