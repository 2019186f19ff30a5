"""An id read from a model can be passed as it is to the operations that take it: each path parameter has the
type of the `id` property of the resource it addresses (and of every other model holding that resource's id)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import HTTP_METHODS, parameters, resolve

# path parameter -> schemas whose `id` holds the id of the resource it addresses.
ID_HOLDERS: dict[str, list[str]] = {
    "connection_id": ["ActionConnectionData"],
    "app_id": [
        "AppBuilderAppDefinition",
        "AppBuilderAppSummary",
        "AppBuilderAppReference",
        "AppBuilderUpdateAppRequestData",
    ],
    "incident_id": ["IncidentResponseData", "IncidentUpdateData"],
    "integration_metadata_id": ["IncidentIntegrationMetadataResponseData"],
    "todo_id": ["IncidentTodoResponseData"],
}
# Path parameters that are no resource id: `entity` names the kind of entity (e.g. "users").
NOT_IDS = {"entity"}


def id_type(schema: dict[str, Any]) -> dict[str, Any]:
    """The parts of a schema that make its Python type."""
    return {key: schema[key] for key in ("type", "format") if key in schema}


def path_parameters(spec: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(path, method, name, schema) of every path parameter of every operation."""
    found = []
    for path, item in spec["paths"].items():
        for method in item:
            if method in HTTP_METHODS:
                found += [
                    (path, method, p["name"], p["schema"]) for p in parameters(spec, path, method) if p["in"] == "path"
                ]
    return found


def test_every_path_parameter_is_paired(spec: dict[str, Any]) -> None:
    assert {name for *_, name, _ in path_parameters(spec)} == set(ID_HOLDERS) | NOT_IDS


@pytest.mark.parametrize("name", sorted(ID_HOLDERS))
def test_path_parameter_has_the_type_of_the_id_it_addresses(spec: dict[str, Any], name: str) -> None:
    schemas = spec["components"]["schemas"]
    holders = {holder: id_type(schemas[holder]["properties"]["id"]) for holder in ID_HOLDERS[name]}
    params = {(path, method): id_type(schema) for path, method, param, schema in path_parameters(spec) if param == name}
    assert params
    assert {str(t) for t in [*holders.values(), *params.values()]} == {str({"type": "string"})}, (holders, params)


@pytest.mark.parametrize("name", sorted(ID_HOLDERS))
def test_the_get_operation_returns_the_paired_resource(spec: dict[str, Any], name: str) -> None:
    # The resource a parameter addresses is the `data` of the 200 response of the GET on the path it ends.
    [path] = [p for p in spec["paths"] if p.endswith("{" + name + "}")]
    response = resolve(spec, spec["paths"][path]["get"]["responses"]["200"])
    body = resolve(spec, response["content"]["application/json"]["schema"])
    data = body["properties"]["data"]
    assert data["$ref"].rsplit("/", 1)[-1] in ID_HOLDERS[name]
