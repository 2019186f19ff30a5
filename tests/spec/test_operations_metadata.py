"""datadog_async._operations (written by tools/gen_operations.py) agrees with the generated endpoint functions."""

from __future__ import annotations

import importlib
import inspect
import typing
from typing import Any

import datadog_async.models
import pytest
from datadog_async import OPERATIONS
from datadog_async._operations import Operation

PAGED = [op for op in OPERATIONS.values() if op.pagination is not None]


def endpoint(operation: Operation) -> Any:
    package = operation.tag.lower().replace(" ", "_")
    return importlib.import_module(f"datadog_async.api.{package}.{operation.name}")


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=list(OPERATIONS))
def test_query_limits_name_real_arguments(operation: Operation) -> None:
    arguments = inspect.signature(endpoint(operation).asyncio).parameters
    for limit in operation.limits:
        assert limit.python_name in arguments


@pytest.mark.parametrize("operation", PAGED, ids=[op.name for op in PAGED])
def test_pagination_names_real_arguments_and_attributes(operation: Operation) -> None:
    module = endpoint(operation)
    pagination = operation.pagination
    assert pagination is not None
    arguments = inspect.signature(module.asyncio).parameters
    for name in (pagination.size_param, pagination.offset_param, pagination.page_param):
        assert name is None or name in arguments
    models = {name: getattr(datadog_async.models, name) for name in dir(datadog_async.models)}
    page_type: Any = typing.get_type_hints(module.asyncio, localns=models)["return"]
    for path in (pagination.items, pagination.next_offset, pagination.total):
        node = page_type
        for _wire, attribute in path or ():
            assert attribute in {field.name for field in node.__attrs_attrs__}, f"{node.__name__}.{attribute}"
            node = _attribute_model(node, attribute, models)


def _attribute_model(model: Any, attribute: str, models: dict[str, Any]) -> Any:
    """The model class an attribute holds (the first attrs class in its annotation), or None for a leaf."""
    module = importlib.import_module(model.__module__)
    hints = typing.get_type_hints(model, globalns=vars(module) | models)
    for candidate in typing.get_args(hints[attribute]) or (hints[attribute],):
        if hasattr(candidate, "__attrs_attrs__"):
            return candidate
    return None
