"""Request validation against the spec: parameters coerced from strings, JSON bodies checked by JSON Schema."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from jsonschema import ValidationError  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from ._spec import OperationSpec, Parameter, SpecIndex

_INT = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
#: Deeper JSON is refused before parsing: json and jsonschema recurse once per level (RecursionError).
MAX_DEPTH = 64
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')
#: Media types a JSON body may be sent as (parameters such as ``charset`` aside).
_JSON_TYPES = ("application/json",)


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
    index: SpecIndex,
    op: OperationSpec,
    path: dict[str, str],
    query: tuple[tuple[str, str], ...],
    body: bytes,
    content_type: str | None = None,
) -> ValidRequest:
    """Check a request against its operation; raises InvalidRequest listing every problem.

    Malformed input of any kind is a problem, never an exception: bytes that are not UTF-8 (path and query
    values arrive with them as lone surrogates, see _http.decode_query), integers too long for ``int()``,
    non-finite numbers, JSON nested deeper than MAX_DEPTH, a body that is not sent as JSON."""
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
        undecodable = next((value for value in raw if _not_utf8(value)), None)
        if undecodable is not None:
            problems.append(
                Problem(f"Parameter '{param.name}' is not valid UTF-8: {_shown(undecodable)}.", parameter=param.name)
            )
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
        safe = name.encode("utf-8", "backslashreplace").decode("utf-8")
        problems.append(Problem(f"Unknown query parameter '{safe}'.", parameter=safe))
    parsed = _parse_body(index, op, body, content_type, problems)
    if problems:
        raise InvalidRequest(problems)
    return ValidRequest(path=path_values, query=query_values, body=parsed)


def _parse_body(
    index: SpecIndex, op: OperationSpec, body: bytes, content_type: str | None, problems: list[Problem]
) -> Any:
    if op.body_pointer is None:
        return None
    if not body.strip():
        if op.body_required:
            problems.append(Problem("Missing required request body.", pointer=""))
        return None
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media not in _JSON_TYPES:
        shown = f"'{media}'" if media else "none"
        detail = f"The request body must be sent as application/json (Content-Type: {shown})."
        problems.append(Problem(detail, header="Content-Type"))
        return None
    if _too_deep(body):
        problems.append(Problem(f"The request body nests deeper than {MAX_DEPTH} levels.", pointer=""))
        return None
    try:
        parsed = json.loads(body, parse_constant=_refuse_constant, parse_float=_finite_float)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, an integer of more than 4300 digits
        problems.append(Problem(f"The request body is not valid JSON: {_short(exc)}.", pointer=""))
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
            return None, Problem(f"Parameter '{name}' must be an integer, got {_shown(value)}.", parameter=name)
        try:
            return int(value), None
        except ValueError:  # more digits than int() converts (sys.get_int_max_str_digits)
            return None, Problem(f"Parameter '{name}' is too large an integer ({len(value)} digits).", parameter=name)
    if kind == "number":
        number = float(value) if _NUMBER.match(value) else math.nan
        if not math.isfinite(number):
            return None, Problem(f"Parameter '{name}' must be a finite number, got {_shown(value)}.", parameter=name)
        return number, None
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


def _not_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _shown(text: str, limit: int = 80) -> str:
    """A client's value quoted for an error message: escaped (no lone surrogate reaches the JSON) and cut short."""
    cut = text if len(text) <= limit else text[:limit] + "..."
    return repr(cut)


def _short(exc: Exception, limit: int = 200) -> str:
    text = str(exc)
    return text if len(text) <= limit else text[:limit] + "..."


def _too_deep(body: bytes) -> bool:
    """Whether the JSON text nests arrays/objects deeper than MAX_DEPTH (brackets inside strings ignored)."""
    if body.count(b"[") + body.count(b"{") <= MAX_DEPTH:
        return False
    depth = 0
    for match in _JSON_TOKENS.finditer(body):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif token in (b"]", b"}"):
            depth -= 1
    return False


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:40]} is out of range for a number")
    return number
