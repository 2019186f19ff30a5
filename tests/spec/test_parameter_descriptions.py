"""Every operation parameter is described, in the spec and in the generated docstrings.

The generator passes templates a parameter's schema description only: tools/gen_operations.py --jinja reads
the parameters' own descriptions from the spec for the docstring macro (templates/endpoint_macros.py.jinja).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
from datadog_async import OPERATIONS
from helpers import HTTP_METHODS, parameters


def all_parameters(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                found += [(operation["operationId"], p) for p in parameters(spec, path, method)]
    return found


def test_every_parameter_has_a_description(spec: dict[str, Any]) -> None:
    assert [(op, p["name"]) for op, p in all_parameters(spec) if not p.get("description", "").strip()] == []


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_argument_is_described_in_the_docstring(name: str) -> None:
    operation = OPERATIONS[name]
    module = importlib.import_module(f"datadog_async.api.{operation.tag.lower().replace(' ', '_')}.{name}")
    for function in (module.sync, module.asyncio, module.sync_detailed, module.asyncio_detailed):
        doc = function.__doc__ or ""
        args = doc.split("Args:\n", 1)[1].split("\n\n", 1)[0] if "Args:\n" in doc else ""
        entries = re.findall(r"^ {8}(\w+) \([^)]*\):(.*)$", args, re.M)
        assert entries or "Args:" not in doc
        assert [arg for arg, text in entries if not text.strip()] == [], f"{name}.{function.__name__}"
