"""Property tests of the lenient reading, over every 2xx response schema of the spec.

A valid document is generated from the schema (recording where its optional fields, enum values, oneOf objects
and plain objects are), then mutated the ways real Datadog responses differ from the docs: an optional field set
to null, to a value of another JSON type, or removed; an unknown field added; an unknown enum value; an object of
no known oneOf shape. Lenient (``from_dict``): it parses, the deviation is recorded at the right path and
``to_dict()`` gives back the mutated document. Strict (``check_deviations``): ModelValidationError naming that
path. No other exception, ever.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any

import datadog_async.api
import datadog_async.models as models
import pytest
from datadog_async.types import DatadogModel, ModelValidationError, check_deviations
from helpers import HTTP_METHODS, instants, load_spec, resolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Path = tuple[str | int, ...]
SPEC = load_spec()


def response_models() -> list[type[DatadogModel]]:
    """The model of every documented 2xx JSON response."""
    names: set[str] = set()
    for item in SPEC["paths"].values():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            for status, response in operation.get("responses", {}).items():
                if not str(status).startswith("2"):
                    continue
                ref = resolve(SPEC, response).get("content", {}).get("application/json", {}).get("schema", {})
                if "$ref" in ref:
                    names.add(ref["$ref"].rsplit("/", 1)[-1])
    return [getattr(models, name) for name in sorted(names)]


RESPONSE_MODELS = response_models()


@dataclass
class Places:
    """Where the generated document has each kind of mutable spot."""

    optional: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)  # optional field -> its schema
    objects: list[Path] = field(default_factory=list)  # objects with documented properties only
    enums: list[Path] = field(default_factory=list)
    oneofs: list[tuple[Path, list[str]]] = field(default_factory=list)  # object oneOf -> its options' enum keys


TIMESTAMPS = ["2024-03-01T08:15:00.555000+00:00", "2023-12-31T23:59:59+02:00"]
UUIDS = ["00000000-0000-0000-0000-000000000000", "2f3b5a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"]


def _options(schema: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    """The non-null options of a schema, and whether null is allowed by the spec."""
    schema = resolve(SPEC, schema)
    if "oneOf" in schema:
        options = [resolve(SPEC, o) for o in schema["oneOf"]]
        real = [o for o in options if o.get("type") != "null"]
        return real, len(real) < len(options)
    kind = schema.get("type")
    if isinstance(kind, list):
        return [{**schema, "type": t} for t in kind if t != "null"], "null" in kind
    return [schema], False


def _enum_keys(schema: dict[str, Any]) -> list[str]:
    return [k for k, v in schema.get("properties", {}).items() if "enum" in resolve(SPEC, v)]


def generate(data: st.DataObject, schema: dict[str, Any], path: Path, places: Places) -> Any:
    options, nullable = _options(schema)
    if nullable and data.draw(st.integers(0, 4)) == 0:
        return None
    chosen = data.draw(st.sampled_from(options)) if len(options) > 1 else options[0]
    objects = [o for o in options if o.get("type") == "object" or "properties" in o]
    if len(objects) >= 2 and chosen in objects:
        places.oneofs.append((path, sorted({k for o in objects for k in _enum_keys(o)})))
    return _generate_one(data, chosen, path, places)


def _generate_one(data: st.DataObject, schema: dict[str, Any], path: Path, places: Places) -> Any:
    if "enum" in schema:
        places.enums.append(path)
        return data.draw(st.sampled_from(schema["enum"]))
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for name, sub in properties.items():
            if name in required or data.draw(st.booleans()):
                out[name] = generate(data, sub, (*path, name), places)
                if name not in required:
                    places.optional.append(((*path, name), sub))
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:  # a map: a couple of entries of the value schema
            for key in data.draw(st.lists(st.sampled_from(["k1", "k2", "k3"]), max_size=2, unique=True)):
                out[key] = generate(data, extra, (*path, key), places)
        elif properties and extra is None:
            places.objects.append(path)
        return out
    if kind == "array":
        size = data.draw(st.integers(schema.get("minItems", 0), max(schema.get("minItems", 0), 2)))
        return [generate(data, schema.get("items", {}), (*path, i), places) for i in range(size)]
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return data.draw(st.sampled_from(TIMESTAMPS))
        if fmt == "uuid":
            return data.draw(st.sampled_from(UUIDS))
        return data.draw(st.sampled_from(["", "a", "SRE team", "x" * 30]))
    if kind == "integer":
        return data.draw(st.integers(schema.get("minimum", -5), 10**6))
    if kind == "number":
        return data.draw(st.sampled_from([0, 1.5, -2.25, 7]))
    if kind == "boolean":
        return data.draw(st.booleans())
    return data.draw(st.sampled_from([{"free": "form"}, "text", 3, None]))  # free-form value


def _json_kinds(schema: dict[str, Any]) -> set[str] | None:
    """The JSON types a schema accepts (None: anything, or too many shapes to pick a wrong one)."""
    options, _ = _options(schema)
    kinds: set[str] = set()
    for option in options:
        kind = option.get("type", "object" if "properties" in option else None)
        if kind is None:
            return None
        kinds.add(kind)
        if kind in ("integer", "number"):  # JSON numbers: an integer is a valid number (never a wrong one)
            kinds.update(("integer", "number"))
    return kinds


WRONG_VALUES = {"string": 12345, "integer": "12", "number": "1.5", "boolean": "true", "object": "obj", "array": {}}


def follow(document: Any, path: Path) -> Any:
    for part in path:
        document = document[part]
    return document


def is_within(inner: Path, outer: Path) -> bool:
    return inner[: len(outer)] == outer


def check_strict(cls: type[DatadogModel], document: Any, place: Path) -> None:
    parsed = cls.from_dict(copy.deepcopy(document))
    with pytest.raises(ModelValidationError) as info:
        check_deviations(parsed)
    assert is_within(tuple(info.value.path), place) or is_within(place, tuple(info.value.path)), info.value


MUTATIONS = ["null", "other-type", "remove", "unknown-field", "unknown-enum", "unknown-oneof"]


@pytest.mark.parametrize("cls", RESPONSE_MODELS, ids=lambda cls: cls.__name__)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_mutated_response_parses_leniently_and_fails_strictly_at_the_path(
    cls: type[DatadogModel], data: st.DataObject
) -> None:
    places = Places()
    schema = SPEC["components"]["schemas"][cls.__name__]
    document = generate(data, schema, (), places)

    # The valid document itself: no deviation, the same document back.
    parsed = cls.from_dict(copy.deepcopy(document))
    assert parsed.deviations == ()
    assert instants(parsed.to_dict()) == instants(document)

    mutation = data.draw(st.sampled_from(MUTATIONS))
    mutated = copy.deepcopy(document)
    place: Path
    deviates = True
    if mutation in ("null", "other-type", "remove"):
        candidates = places.optional
        if mutation == "other-type":
            candidates = [(p, s) for p, s in candidates if _json_kinds(s)]
        if not candidates:
            return
        place, field_schema = data.draw(st.sampled_from(candidates))
        parent = follow(mutated, place[:-1])
        if mutation == "remove":
            del parent[place[-1]]
            deviates = False
        elif mutation == "null":
            parent[place[-1]] = None  # optional fields accept null on read
            deviates = False
        else:
            kinds = _json_kinds(field_schema) or set()
            parent[place[-1]] = next(v for k, v in WRONG_VALUES.items() if k not in kinds and _kind(v) not in kinds)
    elif mutation == "unknown-field":
        if not places.objects:
            return
        obj = data.draw(st.sampled_from(places.objects))
        place = (*obj, "zz_unknown_field")
        follow(mutated, obj)["zz_unknown_field"] = {"nested": [1, None]}
    elif mutation == "unknown-enum":
        if not places.enums:
            return
        place = data.draw(st.sampled_from(places.enums))
        follow(mutated, place[:-1])[place[-1]] = "ZZ_UNKNOWN_VALUE"
    else:
        if not places.oneofs:
            return
        place, tag_keys = data.draw(st.sampled_from(places.oneofs))
        target = follow(mutated, place)
        if not isinstance(target, dict):
            return
        for key in tag_keys:
            target[key] = "zz_unknown_kind"
        target["zz_unknown_field"] = True

    try:
        lenient = cls.from_dict(copy.deepcopy(mutated))
    except ModelValidationError as error:  # none of these mutations touches the required structure
        pytest.fail(f"{mutation} at {place} must parse leniently: {error}")
    assert instants(lenient.to_dict()) == instants(mutated), f"{mutation} at {place}"
    if not deviates:
        assert lenient.deviations == ()
        return
    assert lenient.deviations, f"{mutation} at {place} recorded no deviation"
    if mutation == "unknown-oneof":  # a raw dict at the oneOf, or (options told apart by shape) an extra field
        assert any(is_within(place, d.path) or is_within(d.path, place) for d in lenient.deviations)
    else:  # at the mutated place, or at the oneOf object that contains it (then kept raw)
        assert any(is_within(place, d.path) for d in lenient.deviations), (place, lenient.deviations)
    for deviation in lenient.deviations:
        assert str(deviation).startswith(deviation.dotted_path + ": ")
    check_strict(cls, mutated, place)


def _kind(value: Any) -> str:
    return {str: "string", int: "integer", dict: "object", bool: "boolean"}[type(value)]


def test_every_response_model_is_covered() -> None:
    """The models found from the spec are exactly those the generated operations return."""
    returned: set[str] = set()
    for group in pkgutil.iter_modules(datadog_async.api.__path__, "datadog_async.api."):
        package = importlib.import_module(group.name)
        for module in pkgutil.iter_modules(package.__path__, group.name + "."):
            annotation = importlib.import_module(module.name)._parse_response.__annotations__["return"]
            returned.update(name for name in annotation.split(" | ") if name != "None")
    assert {cls.__name__ for cls in RESPONSE_MODELS} == returned
    assert all(issubclass(cls, DatadogModel) for cls in RESPONSE_MODELS)


def test_timestamps_compare_as_instants() -> None:
    assert instants({"t": TIMESTAMPS[0]}) == {"t": dt.datetime(2024, 3, 1, 8, 15, 0, 555000, tzinfo=dt.UTC)}
