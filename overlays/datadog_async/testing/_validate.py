"""Request validation against the spec: parameters coerced from strings, JSON bodies checked by JSON Schema."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from jsonschema import ValidationError  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from ._spec import OperationSpec, Parameter, SpecIndex

_INT = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a request, pointing at where it is (JSON pointer, parameter or header)."""

    detail: str
    pointer: str | None = None
    parameter: str | None = None
    header: str | None = None


@dataclass(frozen=True, slots=True)
class ValidRequest:
    """A request that passed validation: typed parameter values and the parsed body."""

    path: dict[str, Any]
    query: dict[str, Any]
    body: Any


class InvalidRequest(Exception):
    """The request does not match the spec; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.detail for p in problems))
        self.problems = problems


def validate_request(
    index: SpecIndex, op: OperationSpec, path: dict[str, str], query: tuple[tuple[str, str], ...], body: bytes
) -> ValidRequest:
    problems: list[Problem] = []
    path_values: dict[str, Any] = {}
    query_values: dict[str, Any] = {}
    for param in op.parameters:
        if param.location == "path":
            raw = [path[param.name]] if param.name in path else []
            target = path_values
        elif param.location == "query":
            raw = [value for key, value in query if key == param.name]
            target = query_values
        else:
            continue
        if not raw:
            if param.required:
                problems.append(Problem(f"Missing required parameter '{param.name}'.", parameter=param.name))
            continue
        value, problem = _coerce(param, raw)
        if problem is None:
            problem = _check(index, param, value)
        if problem is not None:
            problems.append(problem)
        else:
            target[param.name] = value
    # Unknown query parameters are refused: the SDK never sends one, so in a test it is a typo worth seeing.
    known = {param.name for param in op.parameters if param.location == "query"}
    for name in dict.fromkeys(key for key, _ in query if key not in known):
        problems.append(Problem(f"Unknown query parameter '{name}'.", parameter=name))
    parsed = _parse_body(index, op, body, problems)
    if problems:
        raise InvalidRequest(problems)
    return ValidRequest(path=path_values, query=query_values, body=parsed)


def _parse_body(index: SpecIndex, op: OperationSpec, body: bytes, problems: list[Problem]) -> Any:
    if op.body_pointer is None:
        return None
    if not body.strip():
        if op.body_required:
            problems.append(Problem("Missing required request body.", pointer=""))
        return None
    try:
        parsed = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.append(Problem(f"The request body is not valid JSON: {exc}.", pointer=""))
        return None
    validator = index.validator(op.body_pointer)
    for error in sorted(validator.iter_errors(parsed), key=lambda e: list(e.absolute_path)):
        problems.append(_problem_from(error))
    return parsed


def _problem_from(error: ValidationError) -> Problem:
    """The most specific cause of a schema error, as a Problem whose pointer names the field."""
    if error.context:
        error = best_match(error.context) or error
    location = [str(part) for part in error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            location.append(str(missing[0]))
            return Problem(f"Missing required field '{missing[0]}'.", pointer=_pointer(location))
    where = _pointer(location) or "/"
    return Problem(f"Invalid value at {where}: {error.message}", pointer=_pointer(location))


def _pointer(parts: list[str]) -> str:
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def _schema_type(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind)


def _coerce(param: Parameter, raw: list[str]) -> tuple[Any, Problem | None]:
    kind = _schema_type(param.schema)
    if kind == "array":
        # form style, explode false: comma separated, and an empty value is an empty list.
        parts = raw if param.explode else [piece for value in raw if value for piece in value.split(",")]
        items = param.schema.get("items", {})
        values: list[Any] = []
        for part in parts:
            value, problem = _scalar(param.name, _schema_type(items) if isinstance(items, dict) else "string", part)
            if problem is not None:
                return None, problem
            values.append(value)
        return values, None
    return _scalar(param.name, kind, raw[-1])


def _scalar(name: str, kind: str, value: str) -> tuple[Any, Problem | None]:
    if kind == "integer":
        if not _INT.match(value):
            return None, Problem(f"Parameter '{name}' must be an integer, got {value!r}.", parameter=name)
        return int(value), None
    if kind == "number":
        if not _NUMBER.match(value):
            return None, Problem(f"Parameter '{name}' must be a number, got {value!r}.", parameter=name)
        return float(value), None
    if kind == "boolean":
        if value.lower() not in ("true", "false"):
            return None, Problem(f"Parameter '{name}' must be true or false, got {value!r}.", parameter=name)
        return value.lower() == "true", None
    return value, None


def _check(index: SpecIndex, param: Parameter, value: Any) -> Problem | None:
    error = best_match(index.validator(param.schema_pointer).iter_errors(value))
    if error is None:
        return None
    return Problem(f"Invalid value for parameter '{param.name}': {error.message}", parameter=param.name)
