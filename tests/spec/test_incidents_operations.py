"""The incident operations of the spec, as read from seed 001_b06c09c8ba2241a8.txt (lines 1-8232)."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from helpers import resolve

SEED = "001_b06c09c8ba2241a8.txt"
TAG = "Incidents"
COLLECTION = "/api/v2/incidents"
SEARCH = "/api/v2/incidents/search"
ITEM = "/api/v2/incidents/{incident_id}"
BETA = "This endpoint is in public beta. If you have any feedback, contact Datadog support."

# (method, path, operationId, unstable), from the seed: every section starts with the beta note and its
# Python example sets configuration.unstable_operations["<operationId>"].
OPERATIONS: list[tuple[str, str, str, bool]] = [
    ("post", COLLECTION, "create_incident", True),
    ("get", ITEM, "get_incident", True),
    ("patch", ITEM, "update_incident", True),
    ("delete", ITEM, "delete_incident", True),
    ("get", COLLECTION, "list_incidents", True),
    ("get", SEARCH, "search_incidents", True),
]
# The attachments / integrations / todos operations share the tag; they live under other paths.
MY_PATHS = {COLLECTION, SEARCH, ITEM}

# Status labels on the pages: CREATED = 201; delete's "OK" has no body = 204 (spec-notes.md).
ERRORS = {"400", "401", "403", "404", "429"}
STATUSES: dict[str, set[str]] = {
    "create_incident": {"201"} | ERRORS,
    "get_incident": {"200"} | ERRORS,
    "update_incident": {"200"} | ERRORS,
    "delete_incident": {"204"} | ERRORS,
    "list_incidents": {"200"} | ERRORS,
    "search_incidents": {"200"} | ERRORS,
}
SUCCESS_SCHEMA: dict[str, str | None] = {
    "create_incident": "IncidentResponse",
    "get_incident": "IncidentResponse",
    "update_incident": "IncidentResponse",
    "delete_incident": None,
    "list_incidents": "IncidentsResponse",
    "search_incidents": "IncidentSearchResponse",
}

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def my_operations(spec: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {
        (method, path, op["operationId"])
        for path, item in spec["paths"].items()
        if path in MY_PATHS
        for method, op in item.items()
        if method in HTTP_METHODS and TAG in op.get("tags", [])
    }


def parameters(spec: dict[str, Any], method: str, path: str) -> dict[str, dict[str, Any]]:
    item = spec["paths"][path]
    found = [*item.get("parameters", []), *item[method].get("parameters", [])]
    resolved = [spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in found]
    return {p["name"]: p for p in resolved}


def test_spec_has_exactly_the_seed_operations(spec: dict[str, Any]) -> None:
    assert my_operations(spec) == {(method, path, op_id) for method, path, op_id, _ in OPERATIONS}


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_the_table_is_the_seeds(
    seed_text: Callable[[str], str], method: str, path: str, op_id: str, unstable: bool
) -> None:
    text = seed_text(SEED)
    url_lines = [line for line in text.splitlines() if line.startswith(f"{method.upper()} https://")]
    assert any(f"https://api.datadoghq.com{path}https://" in line for line in url_lines)
    assert (f'configuration.unstable_operations["{op_id}"] = True' in text) is unstable
    assert f"api_instance.{op_id}(" in text


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_tag_and_unstable_note(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    operation = spec["paths"][path][method]
    assert operation["tags"] == [TAG]
    assert operation.get("x-unstable") == (BETA if unstable else None)


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_documented_statuses(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    responses = spec["paths"][path][method]["responses"]
    assert set(responses) == STATUSES[op_id]
    for status in ERRORS:
        assert responses[status]["$ref"].startswith("#/components/responses/")
    (success,) = set(responses) - ERRORS
    expected = SUCCESS_SCHEMA[op_id]
    if expected is None:
        assert "content" not in responses[success]
    else:
        assert responses[success]["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{expected}"
        }


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_generated_module_has_the_four_functions(method: str, path: str, op_id: str, unstable: bool) -> None:
    module = importlib.import_module(f"datadog_async.api.incidents.{op_id}")
    for name in FUNCTIONS:
        assert callable(getattr(module, name)), name
    assert inspect.iscoroutinefunction(module.asyncio)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert not inspect.iscoroutinefunction(module.sync)
    assert module.OPERATION.name == op_id
    assert module.OPERATION.unstable == (BETA if unstable else None)


def test_incident_id_is_a_required_string_path_parameter(spec: dict[str, Any]) -> None:
    for method in ("get", "patch", "delete"):
        incident_id = parameters(spec, method, ITEM)["incident_id"]
        assert (incident_id["in"], incident_id["required"], incident_id["schema"]) == ("path", True, {"type": "string"})


@pytest.mark.parametrize(("method", "path"), [("get", ITEM), ("patch", ITEM), ("get", COLLECTION)])
def test_include_is_a_comma_separated_array(spec: dict[str, Any], method: str, path: str) -> None:
    include = parameters(spec, method, path)["include"]
    assert (include["in"], include.get("required", False)) == ("query", False)
    assert (include["style"], include["explode"]) == ("form", False)
    assert (include["schema"]["type"], include["schema"]["minItems"]) == ("array", 1)
    assert resolve(spec, include["schema"]["items"])["enum"] == ["users", "attachments"]


def test_create_and_delete_take_no_query_parameters(spec: dict[str, Any]) -> None:
    assert parameters(spec, "post", COLLECTION) == {}
    assert set(parameters(spec, "delete", ITEM)) == {"incident_id"}


def test_search_parameters(spec: dict[str, Any]) -> None:
    params = parameters(spec, "get", SEARCH)
    assert list(params) == ["include", "query", "sort", "page[size]", "page[offset]"]
    assert (params["query"]["required"], params["query"]["schema"]) == (True, {"type": "string"})
    include = resolve(spec, params["include"]["schema"])
    assert (include["type"], include["enum"]) == ("string", ["users", "attachments"])
    assert resolve(spec, params["sort"]["schema"])["enum"] == ["created", "-created"]
    assert not params["sort"].get("required", False)


@pytest.mark.parametrize("path", [COLLECTION, SEARCH])
def test_page_parameters(spec: dict[str, Any], path: str) -> None:
    params = parameters(spec, "get", path)
    size, offset = params["page[size]"], params["page[offset]"]
    # maximum from the seed; the lower bounds and the offset's int64 maximum are Decisions of the spec.
    assert size["schema"] == {"type": "integer", "minimum": 1, "maximum": 100}
    assert offset["schema"] == {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}
    assert not size.get("required", False)
    assert not offset.get("required", False)


# x-pagination: offset paging; the items of a search page sit under data.attributes.incidents.
PAGINATION: dict[str, tuple[str, dict[str, Any]]] = {
    "list_incidents": (
        COLLECTION,
        {
            "style": "offset",
            "size_param": "page[size]",
            "offset_param": "page[offset]",
            "items": "data",
            "next_offset": "meta.pagination.next_offset",
        },
    ),
    "search_incidents": (
        SEARCH,
        {
            "style": "offset",
            "size_param": "page[size]",
            "offset_param": "page[offset]",
            "items": "data.attributes.incidents",
            "next_offset": "meta.pagination.next_offset",
        },
    ),
}


@pytest.mark.parametrize("op_id", sorted(PAGINATION))
def test_x_pagination(spec: dict[str, Any], op_id: str) -> None:
    path, expected = PAGINATION[op_id]
    operation = spec["paths"][path]["get"]
    assert operation["x-pagination"] == expected
    params = parameters(spec, "get", path)
    assert expected["size_param"] in params
    assert expected["offset_param"] in params


@pytest.mark.parametrize("op_id", sorted(PAGINATION))
def test_x_pagination_paths_exist_in_the_response_schema(spec: dict[str, Any], op_id: str) -> None:
    path, expected = PAGINATION[op_id]
    schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    for dotted, leaf_type in ((expected["items"], "array"), (expected["next_offset"], "integer")):
        node = resolve(spec, schema)
        for key in dotted.split("."):
            node = resolve(spec, node["properties"][key])
        assert node["type"] == leaf_type, dotted


def test_only_list_and_search_page(spec: dict[str, Any]) -> None:
    paged = {
        op["operationId"]
        for path in MY_PATHS
        for method, op in spec["paths"][path].items()
        if method in HTTP_METHODS and "x-pagination" in op
    }
    assert paged == set(PAGINATION)


@pytest.mark.parametrize("op_id", sorted(PAGINATION))
def test_generated_pagination_metadata(op_id: str) -> None:
    module = importlib.import_module(f"datadog_async.api.incidents.{op_id}")
    pagination = module.OPERATION.pagination
    _, expected = PAGINATION[op_id]
    assert (pagination.style, pagination.size_param, pagination.offset_param) == ("offset", "page_size", "page_offset")
    assert pagination.items == tuple((key, key) for key in expected["items"].split("."))
    assert pagination.next_offset == (("meta", "meta"), ("pagination", "pagination"), ("next_offset", "next_offset"))
    assert (pagination.max_size, pagination.default_size, pagination.total) == (100, None, None)
