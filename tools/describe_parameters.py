"""Write the spec given to the generator: openapi-python-client documents a parameter from its schema's
description only, so each parameter's description is copied onto its schema (openapi.yaml keeps it once).

Usage: describe_parameters.py SPEC OUT (OUT is JSON, which the generator reads like YAML).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml


def describe(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with each parameter's description set on its schema, where the schema has none."""
    listed: list[Any] = list(spec.get("components", {}).get("parameters", {}).values())
    for item in spec["paths"].values():
        listed += item.get("parameters", [])
        listed += [p for op in item.values() if isinstance(op, dict) for p in op.get("parameters", [])]
    for parameter in listed:
        schema = parameter.get("schema")
        # A `$ref` schema is documented by the description of the schema it names.
        if "description" in parameter and isinstance(schema, dict) and not {"description", "$ref"} & set(schema):
            schema["description"] = parameter["description"]
    return spec


def main(source: str, target: str) -> None:
    spec = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    Path(target).write_text(json.dumps(describe(spec), ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
