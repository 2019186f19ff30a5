"""The fixture pages (tests/fixtures/responses/): each operation's 2xx body in the shape Datadog really sends
(every documented attribute of a resource present, unset ones null, keys newer than the spec), checked against
the spec under the nullable-on-read rule and parsed by the SDK, sync and async."""

from __future__ import annotations

import importlib
import inspect
import json
from types import ModuleType
from typing import Any

import attrs
import datadog_async.models
import pytest
from datadog_async import OPERATIONS
from datadog_async.testing._shape import ResponseShaper
from datadog_async.testing._spec import SpecIndex
from helpers import instants, load_spec, resolve, respond
from response_fixtures import FIXTURES, NEWER_FIELD, NEWER_TOP_LEVEL, fixture_pages, render

SPEC = load_spec()
INDEX = SpecIndex(SPEC)
SHAPER = ResponseShaper(SPEC)
PAGES = fixture_pages(SPEC)
# Operations whose success response documents no body.
NO_BODY = {
    "delete_action_connection",
    "delete_incident",
    "delete_incident_integration",
    "delete_incident_todo",
    "update_connection",
}


def _page(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def _pointer(name: str) -> str:
    op = INDEX.operations[name]
    pointer = op.schema_pointer(op.success_status)
    assert pointer is not None
    return pointer


def test_the_checked_in_pages_are_what_the_tool_writes() -> None:
    on_disk = {path.stem: path.read_text(encoding="utf-8") for path in FIXTURES.glob("*.json")}
    stale = sorted(name for name in set(on_disk) | set(PAGES) if on_disk.get(name) != render(PAGES.get(name)))
    assert stale == [], "run `.venv/bin/python tests/response_fixtures.py` and commit tests/fixtures/responses/"


def test_every_operation_with_a_2xx_body_has_a_page() -> None:
    assert sorted(set(PAGES) | NO_BODY) == sorted(OPERATIONS)
    assert set(PAGES) & NO_BODY == set()
    assert len(PAGES) == 27


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_conforms_to_the_spec_nullable_on_read(name: str) -> None:
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in SHAPER.read_validator(_pointer(name)).iter_errors(_page(name))
    ]
    assert errors == []


def test_pages_carry_the_nulls_the_docs_do_not_allow() -> None:
    """The point of the pages: read strictly by the docs, most of them are invalid, as Datadog's answers are."""
    rejected = {name for name in PAGES if not INDEX.validator(_pointer(name)).is_valid(_page(name))}
    # Pages whose example leaves no documented attribute unset: app references, deployments, AWS connections.
    complete = {
        "create_action_connection",
        "create_app",
        "delete_app",
        "delete_apps",
        "get_action_connection",
        "publish_app",
        "unpublish_app",
        "update_action_connection",
    }
    assert rejected == set(PAGES) - complete
    assert not any("null" in render(PAGES[name]) for name in complete)


def test_the_nulls_of_the_issue_are_there() -> None:
    incident = _page("get_incident")["data"]["attributes"]
    assert incident["case_id"] is None
    assert incident["notification_handles"] is None
    facets = _page("search_incidents")["data"]["attributes"]["facets"]
    assert facets["time_to_repair"][0]["aggregates"]["max"] is None


def _attribute_schemas(schema: dict[str, Any], resource: dict[str, Any]) -> dict[str, Any]:
    """The documented attributes of ``resource`` (a data item) whose schema is ``schema``."""
    attributes = resolve(SPEC, resolve(SPEC, schema)["properties"]["attributes"])
    if "oneOf" in attributes:
        mapping = attributes["discriminator"]["mapping"]
        attributes = resolve(SPEC, {"$ref": mapping[resource["attributes"]["attachment_type"]]})
    properties: dict[str, Any] = attributes.get("properties", {})
    return properties


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_documented_attribute_of_the_data_is_present(name: str) -> None:
    op = INDEX.operations[name]
    media = op.responses[str(op.success_status)]["content"]["application/json"]
    data_schema = resolve(SPEC, resolve(SPEC, media["schema"])["properties"]["data"])
    page = _page(name)
    items = page["data"] if isinstance(page["data"], list) else [page["data"]]
    schema = data_schema["items"] if data_schema.get("type") == "array" else data_schema
    for item in items:
        if "attributes" not in resolve(SPEC, schema).get("properties", {}):
            assert "attributes" not in item  # an id and a type only (app references)
            continue
        documented = _attribute_schemas(schema, item)
        assert set(documented) <= set(item["attributes"]), sorted(set(documented) - set(item["attributes"]))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_has_keys_newer_than_the_spec(name: str) -> None:
    page = _page(name)
    assert page[NEWER_TOP_LEVEL[0]] == NEWER_TOP_LEVEL[1]
    first = page["data"][0] if isinstance(page["data"], list) else page["data"]
    assert NEWER_FIELD[1] in (first.get("attributes", {}).get(NEWER_FIELD[0]), first.get(NEWER_FIELD[0]))
    spec_text = json.dumps(SPEC)
    assert f'"{NEWER_TOP_LEVEL[0]}"' not in spec_text
    assert f'"{NEWER_FIELD[0]}"' not in spec_text


def test_shaping_a_page_again_changes_nothing() -> None:
    for name in PAGES:
        assert SHAPER.shape(_pointer(name), _page(name)) == _page(name), name


# -- through the SDK ----------------------------------------------------------------------------------------


def _module(name: str) -> ModuleType:
    tag = OPERATIONS[name].tag.lower().replace(" ", "_")
    return importlib.import_module(f"datadog_async.api.{tag}.{name}")


def _arguments(name: str, module: ModuleType) -> dict[str, Any]:
    """Path parameters, the required search query and the request example as the body model."""
    arguments: dict[str, Any] = {}
    for param in inspect.signature(module.sync).parameters.values():
        if param.kind is param.POSITIONAL_OR_KEYWORD:
            arguments[param.name] = "00000000-0000-0000-0000-000000000001"
        elif param.name == "query":
            arguments["query"] = "state:active"
        elif param.name == "body":
            op = OPERATIONS[name]
            media = SPEC["paths"][op.path][op.method.lower()]["requestBody"]["content"]["application/json"]
            example = media["example"] if "example" in media else next(iter(media["examples"].values()))["value"]
            arguments["body"] = getattr(datadog_async.models, str(param.annotation)).from_dict(example)
    return arguments


def _field(model: Any, key: str) -> str | None:
    """The attribute of ``model`` that the wire key ``key`` is read into (None: not a documented field)."""
    wanted = key.replace("_", "").lower()
    for field in attrs.fields(type(model)):
        if field.name != "additional_properties" and field.name.replace("_", "").lower() == wanted:
            return str(field.name)
    return None


def _assert_reads(value: dict[str, Any], model: Any, path: str) -> None:
    """Every key of ``value`` reads back from ``model``: null as None, objects and lists of objects in depth,
    keys the spec does not document through ``model[key]``."""
    for key, item in value.items():
        name = _field(model, key)
        if name is None:
            got = model[key]
            assert (got.to_dict() if hasattr(got, "to_dict") else got) == item, f"{path}/{key}"
            continue
        got = getattr(model, name)
        if item is None:
            assert got is None, f"{path}/{key} is null on the wire but reads {got!r}"
        elif isinstance(item, dict) and hasattr(got, "to_dict"):
            _assert_reads(item, got, f"{path}/{key}")
        elif isinstance(item, list) and isinstance(got, list):
            for index, (sub, parsed) in enumerate(zip(item, got, strict=True)):
                if isinstance(sub, dict) and hasattr(parsed, "to_dict"):
                    _assert_reads(sub, parsed, f"{path}/{key}/{index}")


def _first_attributes(page: dict[str, Any]) -> dict[str, Any] | None:
    first = page["data"][0] if isinstance(page["data"], list) else page["data"]
    attributes = first.get("attributes")
    return attributes if isinstance(attributes, dict) else None


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_parses_and_gives_back_the_body(call: Any, name: str) -> None:
    page = _page(name)
    module = _module(name)
    status = INDEX.operations[name].success_status
    # Lenient, as users read: the pages carry fields newer than the spec on purpose.
    client = call.client(respond(status, page), strict_responses=False)
    result = call(module, client=client, **_arguments(name, module))
    assert instants(result.to_dict()) == instants(page)  # timestamps: the same instants (README, Models)
    _assert_reads(page, result, "")
    # The only deviations are those new fields: every null is allowed on read.
    assert {d.kind for d in result.deviations} <= {"extra"}
    assert {d.path[-1] for d in result.deviations} <= {"added_after_spec", "field_added_after_spec"}


@pytest.mark.parametrize("name", sorted(name for name in PAGES if _first_attributes(PAGES[name])))
def test_absent_attributes_read_as_none(call: Any, name: str) -> None:
    page = _page(name)
    attributes = _first_attributes(page)
    assert attributes is not None
    unset = [key for key, value in attributes.items() if value is None]
    for key in unset:
        del attributes[key]
    module = _module(name)
    status = INDEX.operations[name].success_status
    result = call(module, client=call.client(respond(status, page), strict_responses=False), **_arguments(name, module))
    assert instants(result.to_dict()) == instants(page)  # timestamps: the same instants (README, Models)
    first = result.data[0] if isinstance(result.data, list) else result.data
    for key in unset:
        field = _field(first.attributes, key)
        assert field is not None, key
        assert getattr(first.attributes, field) is None, key
