"""The Action Connection operations of the spec, as read from seed 000_9110c72f0550f71c.txt."""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest
from helpers import tagged_operations

TAG = "Action Connection"
TAG_MODULE = "action_connection"
ITEM = "/api/v2/actions/connections/{connection_id}"

# (method, path, operationId, unstable): the seed has no Python example and no beta note, so no operation is
# unstable and the operationIds are verb + noun (CONVENTIONS.md).
OPERATIONS: list[tuple[str, str, str, bool]] = [
    ("get", ITEM, "get_action_connection", False),
    ("post", "/api/v2/actions/connections", "create_action_connection", False),
    ("patch", ITEM, "update_action_connection", False),
    ("delete", ITEM, "delete_action_connection", False),
]

# The response labels of each operation on the seed page ("Successfully created ..." = 201, a delete without
# a body = 204; "Too Many Request" = 429).
STATUSES: dict[str, set[str]] = {
    "get_action_connection": {"200", "400", "403", "404", "429"},
    "create_action_connection": {"201", "400", "403", "429"},
    "update_action_connection": {"200", "400", "403", "404", "429"},
    "delete_action_connection": {"204", "403", "404", "429"},
}

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


SEED = "000_9110c72f0550f71c.txt"


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_table_matches_the_seed(
    seed_text: Callable[[str], str], method: str, path: str, op_id: str, unstable: bool
) -> None:
    text = seed_text(SEED)
    # The method line lists the path on every site, first on ap1, with the URLs run together.
    assert re.search(rf"^{method.upper()} https://api\.ap1\.datadoghq\.com{re.escape(path)}https://", text, re.M)
    assert (f'unstable_operations["{op_id}"]' in text) is unstable


def test_seed_marks_nothing_unstable(seed_text: Callable[[str], str]) -> None:
    text = seed_text(SEED)
    assert "unstable_operations" not in text
    assert "Note:" not in text


def test_spec_has_exactly_the_seed_operations(spec: dict[str, Any]) -> None:
    found = {(method, path, op_id) for op_id, (method, path, _) in tagged_operations(spec, TAG).items()}
    assert found == {(method, path, op_id) for method, path, op_id, _ in OPERATIONS}


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_unstable_marker(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    operation = spec["paths"][path][method]
    assert ("x-unstable" in operation) is unstable
    assert operation["tags"] == [TAG]


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_documented_statuses(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    assert set(spec["paths"][path][method]["responses"]) == STATUSES[op_id]


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS)
def test_connection_id_is_a_required_string_path_parameter(
    spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool
) -> None:
    item = spec["paths"][path]
    params = [*item.get("parameters", []), *item[method].get("parameters", [])]
    resolved = [spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in params]
    if "{connection_id}" not in path:
        assert resolved == []
        return
    assert [(p["name"], p["in"], p["required"], p["schema"]) for p in resolved] == [
        ("connection_id", "path", True, {"type": "string"})
    ]


def test_no_operation_pages(spec: dict[str, Any]) -> None:
    assert all("x-pagination" not in op for _, _, op in tagged_operations(spec, TAG).values())


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
