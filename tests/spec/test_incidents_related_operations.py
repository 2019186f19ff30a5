"""The incident attachment, integration metadata and todo operations of the spec, as read from seed
001_b06c09c8ba2241a8.txt (line 8233 to the end)."""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest
from helpers import parameters, resolve

SEED = "001_b06c09c8ba2241a8.txt"
SECTION_START = 8233  # first line (1-based) of this section in the seed
TAG = "Incidents"
TAG_MODULE = "incidents"
# Every page of the section: "Note: This endpoint is in public beta. If you have any feedback, contact Datadog
# support." and its Python example sets configuration.unstable_operations[...].
NOTE = "This endpoint is in public beta. If you have any feedback, contact Datadog support."

ATTACHMENTS = "/api/v2/incidents/{incident_id}/attachments"
INTEGRATIONS = "/api/v2/incidents/{incident_id}/relationships/integrations"
INTEGRATION = INTEGRATIONS + "/{integration_metadata_id}"
TODOS = "/api/v2/incidents/{incident_id}/relationships/todos"
TODO = TODOS + "/{todo_id}"

# (method, path, operationId (the Python example's method), unstable)
OPERATIONS: list[tuple[str, str, str, bool]] = [
    ("get", ATTACHMENTS, "list_incident_attachments", True),
    ("patch", ATTACHMENTS, "update_incident_attachments", True),
    ("get", INTEGRATIONS, "list_incident_integrations", True),
    ("post", INTEGRATIONS, "create_incident_integration", True),
    ("get", INTEGRATION, "get_incident_integration", True),
    ("patch", INTEGRATION, "update_incident_integration", True),
    ("delete", INTEGRATION, "delete_incident_integration", True),
    ("get", TODOS, "list_incident_todos", True),
    ("post", TODOS, "create_incident_todo", True),
    ("get", TODO, "get_incident_todo", True),
    ("patch", TODO, "update_incident_todo", True),
    ("delete", TODO, "delete_incident_todo", True),
]
OP_IDS = [op_id for _, _, op_id, _ in OPERATIONS]
ERRORS = {"400", "401", "403", "404", "429"}
# Success statuses: "OK" 200, "CREATED" 201; the DELETE pages say "OK" but show no body -> 204.
SUCCESS = {
    "list_incident_attachments": "200",
    "update_incident_attachments": "200",
    "list_incident_integrations": "200",
    "create_incident_integration": "201",
    "get_incident_integration": "200",
    "update_incident_integration": "200",
    "delete_incident_integration": "204",
    "list_incident_todos": "200",
    "create_incident_todo": "201",
    "get_incident_todo": "200",
    "update_incident_todo": "200",
    "delete_incident_todo": "204",
}
# The schema of each success body (None: no body).
SUCCESS_SCHEMA = {
    "list_incident_attachments": "IncidentAttachmentsResponse",
    "update_incident_attachments": "IncidentAttachmentUpdateResponse",
    "list_incident_integrations": "IncidentIntegrationMetadataListResponse",
    "create_incident_integration": "IncidentIntegrationMetadataResponse",
    "get_incident_integration": "IncidentIntegrationMetadataResponse",
    "update_incident_integration": "IncidentIntegrationMetadataResponse",
    "delete_incident_integration": None,
    "list_incident_todos": "IncidentTodoListResponse",
    "create_incident_todo": "IncidentTodoResponse",
    "get_incident_todo": "IncidentTodoResponse",
    "update_incident_todo": "IncidentTodoResponse",
    "delete_incident_todo": None,
}
# Parameters of each operation: (name, in, required).
PARAMETERS: dict[str, list[tuple[str, str, bool]]] = {
    "list_incident_attachments": [
        ("incident_id", "path", True),
        ("include", "query", False),
        ("filter[attachment_type]", "query", False),
    ],
    "update_incident_attachments": [("incident_id", "path", True), ("include", "query", False)],
    "list_incident_integrations": [("incident_id", "path", True)],
    "create_incident_integration": [("incident_id", "path", True)],
    "get_incident_integration": [("incident_id", "path", True), ("integration_metadata_id", "path", True)],
    "update_incident_integration": [("incident_id", "path", True), ("integration_metadata_id", "path", True)],
    "delete_incident_integration": [("incident_id", "path", True), ("integration_metadata_id", "path", True)],
    "list_incident_todos": [("incident_id", "path", True)],
    "create_incident_todo": [("incident_id", "path", True)],
    "get_incident_todo": [("incident_id", "path", True), ("todo_id", "path", True)],
    "update_incident_todo": [("incident_id", "path", True), ("todo_id", "path", True)],
    "delete_incident_todo": [("incident_id", "path", True), ("todo_id", "path", True)],
}

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
# The paths of this section; the `Incidents` tag is shared with the incident CRUD/search part.
SECTION_PATH = re.compile(r"^/api/v2/incidents/\{incident_id\}/(attachments|relationships/(integrations|todos))")


def section_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation) for every `Incidents` operation on this section's paths."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS and TAG in operation.get("tags", []) and SECTION_PATH.match(path):
                found[operation["operationId"]] = (method, path, operation)
    return found


def test_spec_has_exactly_the_seed_operations(spec: dict[str, Any]) -> None:
    found = {(method, path, op_id) for op_id, (method, path, _) in section_operations(spec).items()}
    assert found == {(method, path, op_id) for method, path, op_id, _ in OPERATIONS}


def test_table_matches_the_seed_section(seed_text: Callable[[str], str]) -> None:
    # Guards the literal table against the seed: the method lines and the unstable Python examples, in order.
    section = "\n".join(seed_text(SEED).splitlines()[SECTION_START - 1 :])
    methods = re.findall(r"^(GET|POST|PATCH|DELETE) https://api\.ap1\.datadoghq\.com(\S+?)https://", section, re.M)
    assert [(m.lower(), p) for m, p in methods] == [(method, path) for method, path, _, _ in OPERATIONS]
    python_unstable = re.findall(r'^configuration\.unstable_operations\["(\w+)"\] = True$', section, re.M)
    assert python_unstable == [op_id for _, _, op_id, unstable in OPERATIONS if unstable]
    assert section.count(f"Note: {NOTE}") == len(OPERATIONS) - 1  # the first note sits just above line 8233


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS, ids=OP_IDS)
def test_unstable_marker_carries_the_seed_note(
    spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool
) -> None:
    operation = spec["paths"][path][method]
    assert operation["operationId"] == op_id
    assert operation["tags"] == [TAG]
    assert operation.get("x-unstable") == (NOTE if unstable else None)


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS, ids=OP_IDS)
def test_documented_statuses(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    responses = spec["paths"][path][method]["responses"]
    assert set(responses) == {SUCCESS[op_id]} | ERRORS
    for status in ERRORS:
        assert responses[status]["$ref"].startswith("#/components/responses/")
    success = responses[SUCCESS[op_id]]
    if SUCCESS_SCHEMA[op_id] is None:
        assert "content" not in success
    else:
        assert success["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{SUCCESS_SCHEMA[op_id]}"
        }


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS, ids=OP_IDS)
def test_parameters(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    params = parameters(spec, path, method)
    assert [(p["name"], p["in"], p.get("required", False)) for p in params] == PARAMETERS[op_id]
    for param in params:
        if param["in"] == "path":
            assert param["schema"] == {"type": "string"}
        else:  # the array query parameters: comma separated
            assert param["schema"]["type"] == "array"
            assert param["schema"]["items"]["type"] == "string"
            assert (param["style"], param["explode"]) == ("form", False)


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS, ids=OP_IDS)
def test_no_operation_pages(spec: dict[str, Any], method: str, path: str, op_id: str, unstable: bool) -> None:
    # No page documents a paging parameter (see test_parameters), so none carries x-pagination.
    assert "x-pagination" not in spec["paths"][path][method]


@pytest.mark.parametrize(
    ("op_id", "meta_schema"),
    [
        ("list_incident_integrations", "IncidentIntegrationMetadataListMeta"),
        ("list_incident_todos", "IncidentTodoListMeta"),
    ],
)
def test_lists_report_pagination_metadata_without_paging(spec: dict[str, Any], op_id: str, meta_schema: str) -> None:
    method, path, operation = section_operations(spec)[op_id]
    body = resolve(spec, operation["responses"]["200"]["content"]["application/json"]["schema"])
    assert body["properties"]["meta"] == {"$ref": f"#/components/schemas/{meta_schema}"}
    pagination = resolve(spec, resolve(spec, body["properties"]["meta"])["properties"]["pagination"])
    assert {k: v["type"] for k, v in pagination["properties"].items()} == {
        "next_offset": "integer",
        "offset": "integer",
        "size": "integer",
    }
    assert [p["in"] for p in parameters(spec, path, method)] == ["path"]


@pytest.mark.parametrize(("method", "path", "op_id", "unstable"), OPERATIONS, ids=OP_IDS)
def test_generated_module_has_the_four_functions(method: str, path: str, op_id: str, unstable: bool) -> None:
    module = importlib.import_module(f"datadog_async.api.{TAG_MODULE}.{op_id}")
    assert not inspect.iscoroutinefunction(module.sync)
    assert not inspect.iscoroutinefunction(module.sync_detailed)
    assert inspect.iscoroutinefunction(module.asyncio)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    metadata = importlib.import_module("datadog_async._operations").OPERATIONS[op_id]
    assert (metadata.method, metadata.path, metadata.tag) == (method.upper(), path, TAG)
    assert metadata.unstable == (NOTE if unstable else None)
    assert metadata.pagination is None
