"""Each group's error responses have the body shape its seed pages show: JSON:API error objects or plain strings."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from helpers import HTTP_METHODS, resolve

STRINGS = "#/components/schemas/APIErrorResponse"
OBJECTS = "#/components/schemas/JSONAPIErrorResponse"

# tag -> (seed, status -> the schema its error bodies must reference; None = every status).
SHAPES: dict[str, tuple[str, dict[str | None, str]]] = {
    "Action Connection": ("000", {None: OBJECTS}),
    "Incidents": ("001", {None: STRINGS}),
    "App Builder": ("002", {"429": STRINGS, None: OBJECTS}),
    "Product Analytics": ("003", {None: STRINGS}),
}


def error_responses(spec: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(tag, operationId, status, resolved response) for every 4xx/5xx response of the spec."""
    found = []
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            for status, response in operation["responses"].items():
                if status[0] in "45":
                    found.append((operation["tags"][0], operation["operationId"], status, resolve(spec, response)))
    return found


def test_every_group_is_covered(spec: dict[str, Any]) -> None:
    assert {tag for tag, *_ in error_responses(spec)} == set(SHAPES)


def test_each_error_response_references_its_groups_shape(spec: dict[str, Any]) -> None:
    wrong = []
    for tag, op_id, status, response in error_responses(spec):
        rules = SHAPES[tag][1]
        expected = rules.get(status, rules[None])
        schema = response["content"]["application/json"]["schema"]
        if schema != {"$ref": expected}:
            wrong.append((op_id, status, schema, expected))
    assert wrong == []


def test_the_two_shapes(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    strings, objects = schemas["APIErrorResponse"], schemas["JSONAPIErrorResponse"]
    assert strings["required"] == objects["required"] == ["errors"]
    assert strings["properties"]["errors"] == {
        "type": "array",
        "description": "A list of errors.",
        "items": {"type": "string"},
    }
    assert objects["properties"]["errors"]["items"] == {"$ref": "#/components/schemas/APIErrorObject"}
    error_object = schemas["APIErrorObject"]
    assert set(error_object["properties"]) == {"detail", "meta", "source", "status", "title"}
    assert "required" not in error_object
    assert set(schemas["APIErrorSource"]["properties"]) == {"header", "parameter", "pointer"}


LABELS = {
    "Bad Request": "400",
    "Unauthorized": "401",
    "Forbidden": "403",
    "Not Found": "404",
    "Gone": "410",
    "Too many requests": "429",
    "Too Many Request": "429",
}
SEEDS = {"000": "Action Connection", "001": "Incidents", "002": "App Builder", "003": "Product Analytics"}
SEEDS["004"] = "Product Analytics"


def seed_error_bodies(text: str) -> list[tuple[str, Any]]:
    """(status, example body) of every error section of a seed page ("<label>" then "API error response.")."""
    text = re.sub(r"\n\s*\n", "\n", text)
    found = []
    for match in re.finditer(rf"^({'|'.join(LABELS)})\nAPI error response\.\n", text, re.M):
        rest = text[match.end() :]
        body, _ = json.JSONDecoder().raw_decode(rest[rest.index("{") :])
        found.append((LABELS[match.group(1)], body))
    return found


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_the_seed_examples_have_the_shape_the_spec_documents(seed: str, seed_text: Callable[[str], str]) -> None:
    rules = SHAPES[SEEDS[seed]][1]
    bodies = seed_error_bodies(seed_text(seed))
    assert bodies
    for status, body in bodies:
        if rules.get(status, rules[None]) == STRINGS:
            assert all(isinstance(item, str) for item in body["errors"]), (status, body)
        else:
            assert all(isinstance(item, dict) and "detail" in item for item in body["errors"]), (status, body)
