"""Emit per-operation metadata that the generator's templates cannot see.

openapi-python-client does not pass vendor extensions (`x-unstable`, `x-pagination`, `x-idempotent`) nor
parameter descriptions to templates, so they are read here, from the same openapi.yaml, as part of
`make generate`, twice:

- `gen_operations.py SPEC OUT/_operations.py`: the runtime metadata module;
- `gen_operations.py --jinja SPEC TEMPLATES/spec_extras.jinja`, before the generator runs: the same facts as
  a Jinja variable (`EXTRAS`) that templates import, for docstrings and the typed paging surface.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier
from ruamel.yaml import YAML

METHODS = ("get", "put", "post", "patch", "delete")
ROOT = Path(__file__).resolve().parent.parent
FIELD_PREFIX = (YAML(typ="safe").load((ROOT / "generator-config.yml").read_text()) or {}).get("field_prefix", "field_")
# RFC 9110 idempotent methods; PATCH only where the spec says `x-idempotent: true`.
IDEMPOTENT = {"get", "put", "delete"}

HEADER = '''"""Operation metadata read from openapi.yaml by tools/gen_operations.py. Generated: do not edit."""

from collections.abc import Callable
from types import FunctionType
from typing import Literal, NamedTuple

# Named tuples, not frozen dataclasses: the client imports this module, and a frozen dataclass costs ~0.5 ms to
# create (its methods are compiled at import), a named tuple a tenth of that. Both are immutable and compare by value.


class QueryLimit(NamedTuple):
    """An integer query parameter: its type and bounds are checked before a request is sent."""

    wire_name: str
    python_name: str
    minimum: int | None
    maximum: int | None


class Pagination(NamedTuple):
    """How a list operation pages (the spec's `x-pagination`).

    Paths lead into the response: one (wire key, model attribute) pair per step, the attribute named as the
    generator names it.
    """

    style: Literal["offset", "page"]
    size_param: str
    offset_param: str | None
    page_param: str | None
    items: tuple[tuple[str, str], ...]
    next_offset: tuple[tuple[str, str], ...] | None
    total: tuple[tuple[str, str], ...] | None
    max_size: int | None
    default_size: int | None


class Operation(NamedTuple):
    """One operation of the spec."""

    name: str
    method: str
    path: str
    tag: str
    unstable: str | None
    """The spec's `x-unstable` note; None for a stable operation."""
    idempotent: bool
    pagination: Pagination | None
    limits: tuple[QueryLimit, ...]


def name_functions(operation: str, *functions: Callable[..., object]) -> None:
    """Name an endpoint module's functions after their operation (``list_incidents.asyncio``, not ``asyncio``)
    in tracebacks, argument errors and "coroutine ... was never awaited"."""
    for function in functions:
        assert isinstance(function, FunctionType)
        function.__qualname__ = f"{operation}.{function.__name__}"
        function.__code__ = function.__code__.replace(co_qualname=function.__qualname__)


'''


def python_name(wire: str) -> str:
    """The Python argument name of a query parameter (same rule as templates/endpoint_macros.py.jinja)."""
    if "[" in wire:
        return wire.replace("[", "_").replace("]", "").replace(".", "_").replace("-", "_").lower()
    return wire


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for key in node["$ref"].lstrip("#/").split("/"):
            target = target[key]
        node = target
    return node


def dotted(value: str | None) -> tuple[tuple[str, str], ...] | None:
    """A dotted wire path as (wire key, attribute) pairs, with the generator's own naming of attributes."""
    if not value:
        return None
    return tuple((key, str(PythonIdentifier(key, prefix=FIELD_PREFIX))) for key in value.split("."))


def render(spec: dict[str, Any]) -> str:
    lines = [HEADER, "OPERATIONS: dict[str, Operation] = {"]
    unstable: list[str] = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            name = op["operationId"]
            params = [resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
            schemas = {p["name"]: resolve(spec, p.get("schema", {})) for p in params if p["in"] == "query"}
            # Every integer query parameter: its type (and bounds, where the spec gives them) is checked before
            # sending, since the generated code passes query values through as given.
            limits = [
                f"QueryLimit({wire!r}, {python_name(wire)!r}, {s.get('minimum')!r}, {s.get('maximum')!r})"
                for wire, s in schemas.items()
                if s.get("type") == "integer" or "minimum" in s or "maximum" in s
            ]
            pag = op.get("x-pagination")
            pagination = "None"
            if pag:
                size_schema = schemas[pag["size_param"]]
                for key in ("offset_param", "page_param"):
                    if pag.get(key) and pag[key] not in schemas:
                        sys.exit(f"{name}: x-pagination {key} {pag[key]!r} is not a query parameter")
                pagination = (
                    f"Pagination(style={pag['style']!r}, size_param={python_name(pag['size_param'])!r}, "
                    f"offset_param={python_name(pag['offset_param']) if pag.get('offset_param') else None!r}, "
                    f"page_param={python_name(pag['page_param']) if pag.get('page_param') else None!r}, "
                    f"items={dotted(pag['items'])!r}, next_offset={dotted(pag.get('next_offset'))!r}, "
                    f"total={dotted(pag.get('total'))!r}, max_size={size_schema.get('maximum')!r}, "
                    f"default_size={size_schema.get('default')!r})"
                )
            note = op.get("x-unstable")
            if note:
                unstable.append(name)
            idempotent = method in IDEMPOTENT or bool(op.get("x-idempotent", False))
            lines.append(
                f"    {name!r}: Operation(name={name!r}, method={method.upper()!r}, path={path!r}, "
                f"tag={op['tags'][0]!r}, unstable={note!r}, idempotent={idempotent!r}, "
                f"pagination={pagination}, limits=({''.join(limit + ', ' for limit in limits)})),"
            )
    lines.append("}")
    lines.append("")
    lines.append(f"UNSTABLE_OPERATIONS: frozenset[str] = frozenset({sorted(unstable)!r})")
    lines.append("")
    server = spec["servers"][0]
    site = server["variables"]["site"]
    lines.append(f"SERVER_URL_TEMPLATE: str = {server['url']!r}")
    lines.append(f"SITES: tuple[str, ...] = {tuple(site['enum'])!r}")
    lines.append(f"DEFAULT_SITE: str = {site['default']!r}")
    lines.append("")
    return "\n".join(lines)


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(path, method, operation, parameters) for every operation, in spec order."""
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is not None:
                params = [resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
                found.append((path, method, op, params))
    return found


def render_jinja(spec: dict[str, Any]) -> str:
    """`EXTRAS[operation_id]`: parameter descriptions by wire name, the tag's description, and for a paged
    operation the wire path to its items (the templates find the item type by following it)."""
    tags = {tag["name"]: tag.get("description", "") for tag in spec.get("tags", [])}
    extras: dict[str, Any] = {}
    for _path, method, op, params in operations(spec):
        entry: dict[str, Any] = {
            "params": {p["name"]: " ".join(p.get("description", "").split()) for p in params},
            "tag_description": " ".join(tags.get(op["tags"][0], "").split()),
            "unstable": bool(op.get("x-unstable")),
            "method": method.upper(),
            "path": _path,
        }
        pag = op.get("x-pagination")
        if pag:
            entry["items"] = pag["items"].split(".")
            entry["cursor"] = python_name(pag.get("offset_param") or pag["page_param"])
        extras[op["operationId"]] = entry
    # JSON literals are Jinja literals too (strings, lists, dicts; no null is emitted).
    return (
        "{# Generated by tools/gen_operations.py --jinja: do not edit. #}\n{% set EXTRAS = "
        + json.dumps(extras, ensure_ascii=False, indent=1, sort_keys=True)
        + " %}\n"
    )


def main() -> None:
    args = sys.argv[1:]
    jinja = args[:1] == ["--jinja"]
    spec_path, out_path = Path(args[-2]), Path(args[-1])
    spec = YAML(typ="safe").load(spec_path.read_text())
    out_path.write_text(render_jinja(spec) if jinja else render(spec))


if __name__ == "__main__":
    main()
