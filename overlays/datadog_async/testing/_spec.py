"""The spec the package was generated from, indexed for the fake: routes, parameters, schemas, examples."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:datadog-async:openapi"
METHODS = ("get", "put", "post", "patch", "delete")


def _format_checker() -> FormatChecker:
    """Formats checked in requests: ``uuid`` and the integer widths. Decision: ``date-time`` is not checked
    (Datadog's own parsers are lenient there, and so is the fake)."""
    checker = FormatChecker(formats=())

    def is_uuid(value: object) -> bool:
        if not isinstance(value, str):
            return True
        uuid.UUID(value)
        return len(value) == 36

    def is_int32(value: object) -> bool:
        return not isinstance(value, int) or -(2**31) <= value < 2**31

    def is_int64(value: object) -> bool:
        return not isinstance(value, int) or -(2**63) <= value < 2**63

    checker.checks("uuid", raises=ValueError)(is_uuid)
    checker.checks("int32")(is_int32)
    checker.checks("int64")(is_int64)
    return checker


def load_packaged_spec() -> dict[str, Any]:
    """The spec shipped inside the package as ``datadog_async/openapi.json`` (written by tools/generate.sh)."""
    resource = resources.files("datadog_async").joinpath("openapi.json")
    if not resource.is_file():
        raise FileNotFoundError(
            "datadog_async/openapi.json is missing: the package was not built by tools/generate.sh. "
            "Pass spec=... to FakeDatadog instead."
        )
    spec: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return spec


def pointer(*parts: str) -> str:
    """A JSON pointer from raw keys (``~`` and ``/`` escaped)."""
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


@dataclass(frozen=True, slots=True)
class Parameter:
    """A path or query parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    """The parameter's schema with a top-level $ref resolved (for coercing query strings)."""
    schema_pointer: str
    explode: bool


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """One operation: where it lives, what it takes, what it answers."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_pointer: str | None
    """JSON pointer (into the spec) of the request body schema, if the operation takes a JSON body."""
    body_required: bool
    responses: dict[str, dict[str, Any]]
    """Status code -> response object, with a top-level $ref resolved."""
    response_pointers: dict[str, str]
    """Status code -> JSON pointer of the response object in the spec (after $ref resolution)."""
    pagination: dict[str, Any] | None

    @property
    def success_status(self) -> int:
        return min(int(code) for code in self.responses if code.startswith("2"))

    def documents(self, status: int) -> bool:
        return str(status) in self.responses

    def schema_pointer(self, status: int) -> str | None:
        """Pointer of the JSON schema of the response body for ``status`` (None: no body documented)."""
        response = self.responses.get(str(status))
        if response is None or "application/json" not in response.get("content", {}):
            return None
        if "schema" not in response["content"]["application/json"]:
            return None
        return self.response_pointers[str(status)] + pointer("content", "application/json", "schema")

    def example(self, status: int) -> Any:
        """The documented example body for ``status`` (the first one where several are named)."""
        media = self.responses.get(str(status), {}).get("content", {}).get("application/json", {})
        if "example" in media:
            return media["example"]
        for named in media.get("examples", {}).values():
            return named.get("value")
        return None


class _Route:
    __slots__ = ("literal_segments", "operations", "regex", "variables")

    def __init__(self, template: str) -> None:
        self.variables: list[str] = re.findall(r"{([^}]+)}", template)
        pattern = re.sub(r"{[^}]+}", "([^/]+)", re.escape(template).replace(r"\{", "{").replace(r"\}", "}"))
        self.regex = re.compile(f"^{pattern}$")
        self.literal_segments = sum(1 for seg in template.split("/") if seg and "{" not in seg)
        self.operations: dict[str, OperationSpec] = {}


class RouteMiss(Exception):
    """No operation for a request: ``status`` is 404 (unknown path) or 405 (known path, other method)."""

    def __init__(self, status: int, allowed: tuple[str, ...] = ()) -> None:
        super().__init__(status)
        self.status = status
        self.allowed = allowed


class SpecIndex:
    """Routes and JSON-schema validators built once from an OpenAPI 3.1 document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        self._validators: dict[str, Draft202012Validator] = {}
        self._formats = _format_checker()
        self.operations: dict[str, OperationSpec] = {}
        self._routes: list[_Route] = []
        for template, item in (spec.get("paths") or {}).items():
            route = _Route(template)
            shared = item.get("parameters", [])
            for method in METHODS:
                if method in item:
                    op = self._operation(template, method, item[method], shared)
                    route.operations[op.method] = op
                    self.operations[op.operation_id] = op
            self._routes.append(route)
        self._routes.sort(key=lambda r: -r.literal_segments)

    # -- lookups ----------------------------------------------------------------------------------------

    def resolve(self, obj: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Follow a top-level local $ref: (target, its pointer) or (obj, None)."""
        ref = obj.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return obj, None
        target: Any = self.spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return target, ref[1:]

    def validator(self, schema_pointer: str) -> Draft202012Validator:
        found = self._validators.get(schema_pointer)
        if found is None:
            found = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=self._registry, format_checker=self._formats
            )
            self._validators[schema_pointer] = found
        return found

    def match(self, method: str, path: str) -> tuple[OperationSpec, dict[str, str]]:
        """The operation a request is for, and its path parameters; raises RouteMiss."""
        allowed: tuple[str, ...] = ()
        for route in self._routes:
            matched = route.regex.match(path)
            if matched is None:
                continue
            op = route.operations.get(method.upper())
            if op is None:
                # The Allow header lists the methods of the most specific path that matched.
                allowed = allowed or tuple(sorted(route.operations))
                continue
            # surrogateescape, not U+FFFD: request validation refuses bytes that are not UTF-8 (see _validate).
            values = [unquote(value, errors="surrogateescape") for value in matched.groups()]
            return op, dict(zip(route.variables, values, strict=True))
        raise RouteMiss(405 if allowed else 404, allowed)

    @cached_property
    def error_statuses(self) -> frozenset[int]:
        return frozenset(int(c) for op in self.operations.values() for c in op.responses if not c.startswith("2"))

    # -- building ----------------------------------------------------------------------------------------

    def _operation(
        self, template: str, method: str, raw: dict[str, Any], shared: list[dict[str, Any]]
    ) -> OperationSpec:
        base = pointer("paths", template, method)
        params: dict[tuple[str, str], Parameter] = {}
        for where, items in (("paths", shared), ("op", raw.get("parameters", []))):
            for index, item in enumerate(items):
                param, ref = self.resolve(item)
                if ref is None:
                    ref = (pointer("paths", template) if where == "paths" else base) + pointer("parameters", str(index))
                schema, _ = self.resolve(param.get("schema", {}))
                style_default = param.get("in") in ("query", "cookie")
                params[(param["name"], param["in"])] = Parameter(
                    name=param["name"],
                    location=param["in"],
                    required=bool(param.get("required", False)),
                    schema=schema,
                    schema_pointer=ref + pointer("schema"),
                    explode=bool(param.get("explode", style_default)),
                )
        body_pointer: str | None = None
        body_required = False
        if "requestBody" in raw:
            body, body_ref = self.resolve(raw["requestBody"])
            body_base = body_ref or base + pointer("requestBody")
            if "schema" in body.get("content", {}).get("application/json", {}):
                body_pointer = body_base + pointer("content", "application/json", "schema")
            body_required = bool(body.get("required", False))
        responses: dict[str, dict[str, Any]] = {}
        response_pointers: dict[str, str] = {}
        for code, item in (raw.get("responses") or {}).items():
            response, ref = self.resolve(item)
            responses[str(code)] = response
            response_pointers[str(code)] = ref or base + pointer("responses", str(code))
        return OperationSpec(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=template,
            parameters=tuple(params.values()),
            body_pointer=body_pointer,
            body_required=body_required,
            responses=responses,
            response_pointers=response_pointers,
            pagination=raw.get("x-pagination"),
        )
