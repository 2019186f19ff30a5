"""The App Builder operations of the spec, as read from seed 002_8524c31b3a9432c0.txt."""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest
from helpers import parameters, resolve, tagged_operations

TAG = "App Builder"
TAG_MODULE = "app_builder"
SEED = "002_8524c31b3a9432c0"
COLLECTION = "/api/v2/app-builder/apps"
ITEM = "/api/v2/app-builder/apps/{app_id}"
DEPLOYMENT = "/api/v2/app-builder/apps/{app_id}/deployment"

# (method, path, operationId, unstable). The seed has no Python example and no operation is marked unstable
# (the page-wide "still under active development" note is not an unstable_operations opt-in), so none is
# unstable; operationIds are verb + noun from the descriptions.
OPERATIONS: list[tuple[str, str, str, bool]] = [
    ("get", COLLECTION, "list_apps", False),
    ("post", COLLECTION, "create_app", False),
    ("delete", COLLECTION, "delete_apps", False),
    ("get", ITEM, "get_app", False),
    ("patch", ITEM, "update_app", False),
    ("delete", ITEM, "delete_app", False),
    ("post", DEPLOYMENT, "publish_app", False),
    ("delete", DEPLOYMENT, "unpublish_app", False),
]

# The status labels of each section of the page (OK 200, Created 201, Gone 410, Too many requests 429).
STATUSES: dict[str, set[str]] = {
    "list_apps": {"200", "400", "403", "429"},
    "create_app": {"201", "400", "403", "429"},
    "delete_apps": {"200", "400", "403", "404", "429"},
    "get_app": {"200", "400", "403", "404", "429"},
    "update_app": {"200", "400", "403", "429"},
    "delete_app": {"200", "400", "403", "404", "410", "429"},
    "publish_app": {"201", "400", "403", "404", "429"},
    "unpublish_app": {"200", "400", "403", "404", "429"},
}

# Query parameters of the seed: wire name -> schema.
LIST_APPS_QUERY: dict[str, dict[str, Any]] = {
    "limit": {"type": "integer"},
    "page": {"type": "integer"},
    "filter[user_name]": {"type": "string"},
    "filter[user_uuid]": {"type": "string"},
    "filter[name]": {"type": "string"},
    "filter[query]": {"type": "string"},
    "filter[deployed]": {"type": "boolean"},
    "filter[tags]": {"type": "string"},
    "filter[favorite]": {"type": "boolean"},
    "filter[self_service]": {"type": "boolean"},
    "sort": {"type": "array", "items": {"type": "string"}},
}

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def test_spec_has_exactly_the_seed_operations(spec: dict[str, Any]) -> None:
    found = {(method, path, op_id) for op_id, (method, path, _) in tagged_operations(spec, TAG).items()}
    assert found == {(method, path, op_id) for method, path, op_id, _ in OPERATIONS}


def test_seed_sections_match_the_table(seed_text: Callable[[str], str]) -> None:
    # Each section of the page starts with "METHOD https://api.ap1.datadoghq.com/PATH".
    sections = re.findall(
        r"^(GET|POST|PATCH|PUT|DELETE) https://api\.ap1\.datadoghq\.com(\S+?)https://", seed_text(SEED), re.MULTILINE
    )
    assert sections == [(method.upper(), path) for method, path, _, _ in OPERATIONS]


def test_seed_marks_no_operation_unstable(seed_text: Callable[[str], str]) -> None:
    assert "unstable_operations" not in seed_text(SEED)


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_unstable_marker(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    operation = spec["paths"][path][method]
    assert ("x-unstable" in operation) is unstable
    assert operation["tags"] == [TAG]


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_documented_statuses(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    assert set(spec["paths"][path][method]["responses"]) == STATUSES[op_id]


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_error_bodies(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    # 4xx except 429: JSON:API error objects; 429: plain strings, as the page shows them.
    for status, response in spec["paths"][path][method]["responses"].items():
        if not status.startswith("4"):
            continue
        schema = resolve(spec, response)["content"]["application/json"]["schema"]
        expected = "APIErrorResponse" if status == "429" else "JSONAPIErrorResponse"
        assert schema == {"$ref": f"#/components/schemas/{expected}"}


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_app_id_is_a_required_string_path_parameter(
    spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool
) -> None:
    path_params = [(p["name"], p["required"], p["schema"]) for p in parameters(spec, path, method) if p["in"] == "path"]
    expected = [("app_id", True, {"type": "string"})] if "{app_id}" in path else []
    assert path_params == expected


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_query_parameters(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    query = {p["name"]: p for p in parameters(spec, path, method) if p["in"] == "query"}
    expected = {"list_apps": LIST_APPS_QUERY, "get_app": {"version": {"type": "string"}}}.get(op_id, {})
    assert {name: p["schema"] for name, p in query.items()} == expected
    assert not any(p.get("required", False) for p in query.values())


def test_sort_is_sent_comma_separated(spec: dict[str, Any]) -> None:
    (sort,) = [p for p in parameters(spec, COLLECTION, "get") if p["name"] == "sort"]
    assert (sort["style"], sort["explode"]) == ("form", False)


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_request_bodies(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    bodies = {
        "create_app": "AppBuilderCreateAppRequest",
        "delete_apps": "AppBuilderDeleteAppsRequest",  # a DELETE with a body, as the seed documents
        "update_app": "AppBuilderUpdateAppRequest",
    }
    body = spec["paths"][path][method].get("requestBody")
    if op_id not in bodies:
        assert body is None
        return
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"] == {"$ref": f"#/components/schemas/{bodies[op_id]}"}


def test_list_apps_pagination(spec: dict[str, Any]) -> None:
    operation = spec["paths"][COLLECTION]["get"]
    assert operation["x-pagination"] == {
        "style": "page",
        "size_param": "limit",
        "page_param": "page",
        "items": "data",
        "total": "meta.page.totalFilteredCount",
    }
    names = {p["name"] for p in parameters(spec, COLLECTION, "get")}
    assert {"limit", "page"} <= names
    # The named paths exist in the response schema: data[] and meta.page.totalFilteredCount.
    schemas = spec["components"]["schemas"]
    response = schemas["AppBuilderListAppsResponse"]
    assert response["properties"]["data"]["type"] == "array"
    meta = resolve(spec, response["properties"]["meta"])
    page = resolve(spec, meta["properties"]["page"])
    assert page["properties"]["totalFilteredCount"]["type"] == "integer"


def test_only_list_apps_pages(spec: dict[str, Any]) -> None:
    paged = [op_id for op_id, (_, _, op) in tagged_operations(spec, TAG).items() if "x-pagination" in op]
    assert paged == ["list_apps"]


def test_generated_pagination_metadata() -> None:
    pagination = importlib.import_module("datadog_async._operations").OPERATIONS["list_apps"].pagination
    assert pagination is not None
    assert (pagination.style, pagination.size_param, pagination.page_param, pagination.offset_param) == (
        "page",
        "limit",
        "page",
        None,
    )
    assert pagination.items == (("data", "data"),)
    assert pagination.total == (("meta", "meta"), ("page", "page"), ("totalFilteredCount", "total_filtered_count"))


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_generated_module_has_the_four_functions(method: str, path: str, op_id: str, unstable: bool) -> None:
    module = importlib.import_module(f"datadog_async.api.{TAG_MODULE}.{op_id}")
    metadata = importlib.import_module("datadog_async._operations").OPERATIONS[op_id]
    assert (metadata.method, metadata.path, metadata.tag) == (method.upper(), path, TAG)
    assert (metadata.unstable is not None) is unstable
    assert not inspect.iscoroutinefunction(module.sync)
    assert not inspect.iscoroutinefunction(module.sync_detailed)
    assert inspect.iscoroutinefunction(module.asyncio)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)


def test_generated_list_apps_takes_snake_case_filters() -> None:
    module = importlib.import_module(f"datadog_async.api.{TAG_MODULE}.list_apps")
    params = set(inspect.signature(module.asyncio).parameters)
    assert {python for python in params if python not in {"client"}} == {
        "limit",
        "page",
        "filter_user_name",
        "filter_user_uuid",
        "filter_name",
        "filter_query",
        "filter_deployed",
        "filter_tags",
        "filter_favorite",
        "filter_self_service",
        "sort",
    }
