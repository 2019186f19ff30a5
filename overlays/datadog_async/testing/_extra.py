"""Fail early and clearly when the ``testing`` extra is missing (imported first by the package)."""

from __future__ import annotations

from importlib.util import find_spec

INSTALL_HINT = "pip install 'datadog-async[testing]'"


def require(module: str, feature: str = "datadog_async.testing") -> None:
    if find_spec(module) is None:
        raise ImportError(f"{feature} needs the {module!r} package from the testing extra: {INSTALL_HINT}", name=module)


require("jsonschema")
