"""The Product Analytics operations of the spec, as read from seeds 003_c80dbdedf8842ff8.txt (list connections)
and 004_b902b8f64f0da70f.txt (update connection)."""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest
from helpers import tagged_operations

TAG = "Product Analytics"
TAG_MODULE = "product_analytics"
# Both pages: "Note: This endpoint may be subject to changes." and configuration.unstable_operations[...].
NOTE = "This endpoint may be subject to changes."

# (method, path, operationId (the Python example's method), unstable, seed)
OPERATIONS: list[tuple[str, str, str, bool, str]] = [
    (
        "get",
        "/api/v2/product-analytics/{entity}/mapping/connections",
        "list_connections",
        True,
        "003_c80dbdedf8842ff8.txt",
    ),
    (
        "put",
        "/api/v2/product-analytics/{entity}/mapping/connection",
        "update_connection",
        True,
        "004_b902b8f64f0da70f.txt",
    ),
]

STATUSES: dict[str, set[str]] = {
    "list_connections": {"200", "429"},
    "update_connection": {"200", "429"},
}

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


@pytest.mark.parametrize(("method", "path", "op_id", "unstable", "seed"), OPERATIONS)
def test_table_matches_the_seed(
    seed_text: Callable[[str], str], method: str, path: str, op_id: str, unstable: bool, seed: str
) -> None:
    text = seed_text(seed)
    # The method line lists the path on every site, first on ap1, with the URLs run together.
    assert re.search(rf"^{method.upper()} https://api\.ap1\.datadoghq\.com{re.escape(path)}https://", text, re.M)
    assert f"api_instance.{op_id}(" in text
    assert (f'configuration.unstable_operations["{op_id}"] = True' in text) is unstable
    assert (f"Note: {NOTE}" in text) is unstable


def test_spec_has_exactly_the_seed_operations(spec: dict[str, Any]) -> None:
    found = {(method, path, op_id) for op_id, (method, path, _) in tagged_operations(spec, TAG).items()}
    assert found == {(method, path, op_id) for method, path, op_id, _, _ in OPERATIONS}


@pytest.mark.parametrize(("method", "path", "op_id", "unstable", "seed"), OPERATIONS)
def test_unstable_marker_carries_the_seed_note(
    spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool, seed: str
) -> None:
    operation = spec["paths"][path][method]
    assert operation["tags"] == [TAG]
    assert operation.get("x-unstable") == (NOTE if unstable else None)


@pytest.mark.parametrize(("method", "path", "op_id", "unstable", "seed"), OPERATIONS)
def test_documented_statuses(
    spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool, seed: str
) -> None:
    assert set(spec["paths"][path][method]["responses"]) == STATUSES[op_id]


@pytest.mark.parametrize(("method", "path", "op_id", "unstable", "seed"), OPERATIONS)
def test_entity_is_the_only_parameter(
    spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool, seed: str
) -> None:
    params = [*spec["paths"][path].get("parameters", []), *spec["paths"][path][method].get("parameters", [])]
    assert [(p["name"], p["in"], p["required"], p["schema"]) for p in params] == [
        ("entity", "path", True, {"type": "string"})
    ]


def test_list_connections_does_not_page(spec: dict[str, Any]) -> None:
    # The page documents no paging parameter and no paging metadata.
    assert all("x-pagination" not in op for _, _, op in tagged_operations(spec, TAG).values())


@pytest.mark.parametrize(("method", "path", "op_id", "unstable", "seed"), OPERATIONS)
def test_generated_module_has_the_four_functions(method: str, path: str, op_id: str, unstable: bool, seed: str) -> None:
    module = importlib.import_module(f"datadog_async.api.{TAG_MODULE}.{op_id}")
    assert not inspect.iscoroutinefunction(module.sync)
    assert not inspect.iscoroutinefunction(module.sync_detailed)
    assert inspect.iscoroutinefunction(module.asyncio)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    metadata = importlib.import_module("datadog_async._operations").OPERATIONS[op_id]
    assert (metadata.method, metadata.path, metadata.tag) == (method.upper(), path, TAG)
    assert metadata.unstable == (NOTE if unstable else None)
