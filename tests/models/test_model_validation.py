"""The generated models' from_dict: validation with a field path, and forward compatibility.

Every model's ``from_dict`` takes any JSON value and either returns the model or raises
``ModelValidationError`` whose ``path`` leads from the root to the offending value. Values the API may add
later (enum values, oneOf options, fields) parse and round-trip instead of failing the whole response.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import datadog_async.models as models
import pytest
from datadog_async.models.incident_severity import is_incident_severity
from datadog_async.types import ModelValidationError
from helpers import load_spec, parse_strict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# ------------------------------------------------------------------------------------------------ fixtures


def model_classes() -> list[type[Any]]:
    classes = [getattr(models, name) for name in sorted(models.__all__)]
    return [cls for cls in classes if isinstance(cls, type) and hasattr(cls, "from_dict")]


MODELS = model_classes()


def _walk_schemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk_schemas(value)


def _spec_vocabulary() -> tuple[list[str], list[str]]:
    """Property names and enum values of the spec: random objects use them to reach past the first level."""
    names: set[str] = set()
    values: set[str] = set()
    for schema in _walk_schemas(load_spec().get("components", {})):
        names.update(k for k in schema.get("properties", {}) if isinstance(k, str))
        values.update(v for v in schema.get("enum", []) if isinstance(v, str))
    return sorted(names), sorted(values)


NAMES, ENUM_VALUES = _spec_vocabulary()
SAMPLE_STRINGS = [
    *ENUM_VALUES,
    "2024-03-01T08:15:00.555Z",
    "2024-03-01",
    "00000000-0000-0000-0000-000000000000",
    "integer",
    "date-time",
    "",
]

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.sampled_from(SAMPLE_STRINGS)
    | st.text(max_size=8)
)
keys = st.sampled_from(NAMES) | st.text(max_size=6)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children, max_size=6),
    max_leaves=30,
)
json_roots = st.dictionaries(keys, json_values, max_size=8) | json_values


def follow(value: Any, path: list[str | int]) -> Any:
    for part in path:
        if isinstance(value, Mapping):
            assert part in value, f"path part {part!r} is not a key of {value!r}"
        else:
            assert isinstance(value, list), f"path part {part!r} applied to {value!r}"
            assert isinstance(part, int), f"path part {part!r} indexes a list"
            assert 0 <= part < len(value), f"index {part} out of range for {value!r}"
        value = value[part]
    return value


def check_error_path(raw: Any, error: ModelValidationError) -> None:
    """The path leads through the input to the offending value (to the object lacking the field if missing)."""
    assert all(isinstance(part, str | int) for part in error.path)
    assert error.reason
    assert str(error) == f"{error.dotted_path}: {error.reason}"
    if error.reason == "missing required field":
        parent = follow(raw, error.path[:-1])
        assert isinstance(parent, Mapping)
        assert error.path[-1] not in parent
    else:
        follow(raw, error.path)


def check_parse(cls: type[Any], raw: Any) -> None:
    before = copy.deepcopy(raw)
    try:
        parsed = cls.from_dict(raw)
    except ModelValidationError as error:
        check_error_path(raw, error)
    else:
        assert isinstance(parsed, cls)
        # Whatever parses serialises back to something that parses into an equal model.
        assert cls.from_dict(parsed.to_dict()) == parsed
    assert raw == before, "from_dict must not modify its input"


# ------------------------------------------------------------------------------------------------ properties


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=json_roots)
def test_any_json_value_gives_the_model_or_a_validation_error(cls: type[Any], raw: Any) -> None:
    check_parse(cls, raw)


def _locations(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _locations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _locations(item, (*path, index))


def _response_examples() -> list[tuple[type[Any], dict[str, Any]]]:
    """(model, example) for every JSON example of the spec whose schema is a named model."""
    spec = load_spec()
    found: list[tuple[type[Any], dict[str, Any]]] = []
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            bodies = [r.get("content", {}) for r in operation.get("responses", {}).values() if isinstance(r, dict)]
            bodies.append(operation.get("requestBody", {}).get("content", {}))
            for content in bodies:
                media = content.get("application/json", {})
                ref = media.get("schema", {}).get("$ref", "")
                cls = getattr(models, ref.rsplit("/", 1)[-1], None) if ref else None
                examples = [media["example"]] if "example" in media else []
                examples += [e["value"] for e in media.get("examples", {}).values() if "value" in e]
                found += [(cls, e) for e in examples if cls is not None and isinstance(e, dict)]
    return found


EXAMPLES = _response_examples()


def test_the_spec_examples_are_found_and_parse() -> None:
    assert len(EXAMPLES) >= 20
    for cls, example in EXAMPLES:
        assert isinstance(cls.from_dict(copy.deepcopy(example)), cls)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_spec_example_with_one_value_replaced_or_removed(data: st.DataObject) -> None:
    """Deep mutations of valid payloads: each reaches one nested field of a real response shape."""
    cls, example = data.draw(st.sampled_from(EXAMPLES))
    raw = copy.deepcopy(example)
    location = data.draw(st.sampled_from(list(_locations(raw))[1:]))
    parent = follow(raw, list(location[:-1]))
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[location[-1]]
    else:
        parent[location[-1]] = data.draw(json_values)
    check_parse(cls, raw)


# ------------------------------------------------------------------------------------------------ error paths


def incident(**attributes: Any) -> dict[str, Any]:
    return {"id": "inc-1", "type": "incidents", "attributes": {"title": "t", **attributes}}


@pytest.mark.parametrize(
    ("cls", "raw", "path", "reason"),
    [
        pytest.param(
            models.IncidentResponse,
            {"data": incident(fields={"severity": {"type": "dropdown", "value": 1}})},
            ["data", "attributes", "fields", "severity", "value"],
            "expected a string, got integer 1",
            id="nested-map-value",
        ),
        pytest.param(
            models.IncidentsResponse,
            {"data": [incident(), incident(case_id="integer")]},
            ["data", 1, "attributes", "case_id"],
            "expected an integer, got string 'integer'",
            id="list-index",
        ),
        pytest.param(
            models.IncidentsResponse,
            {"data": [incident(), {"type": "incidents"}]},
            ["data", 1, "id"],
            "missing required field",
            id="missing-nested",
        ),
        pytest.param(models.IncidentsResponse, {}, ["data"], "missing required field", id="missing-root"),
        pytest.param(
            models.IncidentResponse,
            {"data": incident(notification_handles=[{"handle": "@a"}, "@b"])},
            ["data", "attributes", "notification_handles", 1],
            "expected an object, got string '@b'",
            id="object-item-not-an-object",
        ),
        pytest.param(
            models.IncidentResponse,
            {"data": ["not", "an", "object"]},
            ["data"],
            "expected an object, got array",
            id="nested-object-is-a-list",
        ),
        pytest.param(
            models.AppBuilderListAppsResponse,
            {
                "data": [
                    {
                        "id": "00000000-0000-0000-0000-000000000000",
                        "type": "appDefinitions",
                        "attributes": {},
                        "meta": {"org_id": "integer"},
                    }
                ]
            },
            ["data", 0, "meta", "org_id"],
            "expected an integer, got string 'integer'",
            id="seed-placeholder-org-id",
        ),
        pytest.param(
            models.IncidentTodoAttributes,
            {"assignees": ["@a", {"description": "undefined"}], "content": "x"},
            ["assignees", 1, "icon"],
            "missing required field",
            id="str-or-object-union-item",
        ),
        pytest.param(
            models.IncidentAttachmentData,
            {
                "id": "a",
                "type": "incident_attachments",
                "relationships": {},
                "attributes": {"attachment_type": "link", "attachment": {"documentUrl": 5, "title": "t"}},
            },
            ["attributes", "attachment", "documentUrl"],
            "expected a string, got integer 5",
            id="known-tag-invalid-body",
        ),
        pytest.param(
            models.IncidentAttachmentData,
            {"id": "a", "type": "incident_attachments", "relationships": {}, "attributes": {"attachment": {}}},
            ["attributes", "attachment_type"],
            "missing required field",
            id="discriminator-missing",
        ),
    ],
)
def test_errors_name_the_path_to_the_offending_value(
    cls: type[Any], raw: dict[str, Any], path: list[str | int], reason: str
) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(cls, raw)
    assert info.value.path == path
    assert info.value.reason == reason
    assert str(info.value) == ".".join(map(str, path)) + ": " + reason


@pytest.mark.parametrize("raw", [[], ["data"], "data", 1, 1.5, True, None], ids=repr)
def test_a_root_that_is_not_an_object_is_rejected(raw: Any) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(models.IncidentsResponse, raw)
    assert info.value.path == []
    assert info.value.reason.startswith("expected an object, got ")
    assert str(info.value).startswith("<root>: expected an object")


def test_the_error_is_a_value_error_and_survives_pickling() -> None:
    import pickle

    with pytest.raises(ValueError, match=r"^org_id: expected an integer") as info:
        parse_strict(models.AppBuilderAppMeta, {"org_id": "integer"})
    assert isinstance(info.value, ModelValidationError)
    clone = pickle.loads(pickle.dumps(info.value))
    assert (clone.path, clone.reason) == (["org_id"], info.value.reason)


# ------------------------------------------------------------------------------------------------ primitives

# IncidentResponseAttributes: title str (required), case_id int, customer_impacted bool, created date-time,
# customer_impact_duration int|null, archived date-time|null, notification_handles list of objects.
# AppBuilderAppMeta: user_uuid uuid. IncidentSearchResponseNumericFacetData aggregates: numbers.
VALID: list[tuple[str, Any]] = [
    ("case_id", 7),
    ("case_id", 2**70),
    ("customer_impacted", False),
    ("created", "2024-03-01T08:15:00.555Z"),
    ("created", "2024-03-01T08:15:00+02:00"),
    ("customer_impact_duration", None),
    ("archived", None),
    ("case_id", None),  # optional fields accept null on read, whatever their type
    ("created", None),
    ("notification_handles", []),
    ("title", ""),
]
INVALID: list[tuple[str, Any, str]] = [
    ("case_id", "integer", "an integer"),
    ("case_id", True, "an integer"),
    ("case_id", 1.0, "an integer"),
    ("customer_impacted", "true", "a boolean"),
    ("customer_impacted", 1, "a boolean"),
    ("created", "date-time", "a date-time string"),
    ("created", 1709280000, "a date-time string"),
    ("customer_impact_duration", "3600", "an integer"),
    ("archived", "yesterday", "a date-time string"),
    ("notification_handles", {}, "an array"),
    ("title", 5, "a string"),
    ("title", None, "a string"),
    ("title", ["t"], "a string"),
]


@pytest.mark.parametrize(("field", "value"), VALID, ids=[f"{f}={v!r}" for f, v in VALID])
def test_valid_primitives_parse(field: str, value: Any) -> None:
    raw = {"title": "t", field: value}
    parsed = models.IncidentResponseAttributes.from_dict(raw)
    assert models.IncidentResponseAttributes.from_dict(parsed.to_dict()) == parsed


@pytest.mark.parametrize(("field", "value", "expected"), INVALID, ids=[f"{f}={v!r}" for f, v, _ in INVALID])
def test_wrong_primitive_types_are_rejected(field: str, value: Any, expected: str) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(models.IncidentResponseAttributes, {"title": "t", field: value})
    assert info.value.path == [field]
    assert info.value.reason.startswith(f"expected {expected}, got ")


def test_date_times_are_parsed_with_their_offset() -> None:
    parsed = models.IncidentResponseAttributes.from_dict({"title": "t", "created": "2024-03-01T08:15:00.555Z"})
    assert parsed.created == dt.datetime(2024, 3, 1, 8, 15, 0, 555000, tzinfo=dt.UTC)


def test_numbers_accept_integers_but_not_booleans() -> None:
    aggregates = models.IncidentSearchResponseNumericFacetDataAggregates
    assert aggregates.from_dict({"max": 3, "min": 0.5}).to_dict() == {"max": 3, "min": 0.5}
    with pytest.raises(ModelValidationError, match=r"^max: expected a number, got boolean True$"):
        parse_strict(aggregates, {"max": True})


def test_uuid_strings_are_checked() -> None:
    nil = "00000000-0000-0000-0000-000000000000"
    assert str(models.AppBuilderAppMeta.from_dict({"user_uuid": nil}).user_uuid) == nil
    with pytest.raises(ModelValidationError, match=r"^user_uuid: expected a UUID string, got string 'uuid'$"):
        parse_strict(models.AppBuilderAppMeta, {"user_uuid": "uuid"})


def test_any_mapping_is_accepted_as_an_object() -> None:
    parsed = models.IncidentResponseAttributes.from_dict(MappingProxyType({"title": "t", "case_id": 1}))
    assert (parsed.title, parsed.case_id) == ("t", 1)


# ------------------------------------------------------------------------------------------------ forward compatibility


def test_unknown_enum_value_is_kept_and_round_trips() -> None:
    raw = {"data": incident(severity="SEV-0"), "included": []}
    parsed = models.IncidentResponse.from_dict(copy.deepcopy(raw))
    assert parsed.data.attributes is not None
    assert parsed.data.attributes.severity == "SEV-0"
    assert not is_incident_severity(parsed.data.attributes.severity)
    assert is_incident_severity("SEV-1")
    assert parsed.to_dict() == raw


def test_an_enum_value_still_has_to_be_a_string() -> None:
    with pytest.raises(ModelValidationError, match=r"^data\.attributes\.severity: expected a string, got integer 1$"):
        parse_strict(models.IncidentResponse, {"data": incident(severity=1)})


GCP_INTEGRATION = {"type": "GCP", "credentials": {"type": "GCPServiceAccount", "private_key": "k"}}
TEAM = {"id": "t-1", "type": "teams", "attributes": {"name": "SRE"}}
CHECKBOX_FIELD = {"type": "checkbox", "value": True}


@pytest.mark.parametrize(
    ("cls", "raw", "get"),
    [
        pytest.param(
            models.ActionConnectionAttributes,
            {"integration": GCP_INTEGRATION, "name": "gcp"},
            lambda parsed: parsed.integration,
            id="discriminator-value-not-in-mapping",
        ),
        pytest.param(
            models.IncidentResponse,
            {"data": incident(), "included": [TEAM]},
            lambda parsed: parsed.included[0],
            id="included-item-of-a-new-type",
        ),
        pytest.param(
            models.IncidentResponse,
            {"data": incident(fields={"verified": CHECKBOX_FIELD})},
            lambda parsed: parsed.data.attributes.fields["verified"],
            id="field-of-a-new-type",
        ),
        pytest.param(
            models.IncidentIntegrationMetadataAttributes,
            {"integration_type": 9, "metadata": {"pages": [{"id": "p"}]}},
            lambda parsed: parsed.metadata,
            id="shape-only-oneof",
        ),
    ],
)
def test_unknown_oneof_option_is_kept_raw_and_round_trips(cls: type[Any], raw: dict[str, Any], get: Any) -> None:
    parsed = cls.from_dict(copy.deepcopy(raw))
    kept = get(parsed)
    assert type(kept) is dict
    assert parsed.to_dict() == raw


def test_known_oneof_options_still_parse_into_their_classes() -> None:
    user = {"id": "u-1", "type": "users", "attributes": {"name": "Jane"}}
    parsed = models.IncidentResponse.from_dict({"data": incident(), "included": [user, TEAM]})
    assert isinstance(parsed.included, list)
    assert [type(item) for item in parsed.included] == [models.IncidentUserData, dict]


def test_extra_fields_are_kept_at_every_level_and_round_trip() -> None:
    raw = {
        "data": {**incident(brand_new={"nested": [1, 2]}), "links": {"self": "https://x"}},
        "included": [],
        "cursor": "abc",
    }
    parsed = models.IncidentResponse.from_dict(copy.deepcopy(raw))
    assert parsed.additional_properties == {"cursor": "abc"}
    assert parsed.data.additional_properties == {"links": {"self": "https://x"}}
    assert parsed.data.attributes is not None
    assert parsed.data.attributes["brand_new"] == {"nested": [1, 2]}
    assert parsed.to_dict() == raw


def test_a_page_parses_into_typed_models() -> None:
    raw = {"data": [incident(severity="SEV-2", created="2024-03-01T08:15:00Z")], "meta": {"pagination": {}}}
    parsed = models.IncidentsResponse.from_dict(raw)
    attributes = parsed.data[0].attributes
    assert attributes is not None
    assert isinstance(attributes.created, dt.datetime)
    assert is_incident_severity(attributes.severity)


@pytest.mark.parametrize(
    ("wire", "instant"),
    [
        ("2024-01-01T10:00:00.000Z", dt.datetime(2024, 1, 1, 10, tzinfo=dt.UTC)),  # the fast path
        ("2024-01-01T24:00:00Z", dt.datetime(2024, 1, 2, tzinfo=dt.UTC)),  # ISO 8601, not fromisoformat
        ("2024-032T00:00:00Z", dt.datetime(2024, 2, 1, tzinfo=dt.UTC)),  # ordinal date
    ],
)
def test_timestamps_parse_any_iso_8601_form(wire: str, instant: dt.datetime) -> None:
    from datadog_async.models import IncidentUserAttributes

    assert IncidentUserAttributes.from_dict({"created_at": wire}).created_at == instant
