"""Fixtures shared by every test: the assembled spec, the seeds, and the call mode (sync or async)."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Awaitable, Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@cache
def load_spec() -> dict[str, Any]:
    path = Path(os.environ.get("DATADOG_ASYNC_SPEC", ROOT / "openapi.yaml"))
    spec: dict[str, Any] = yaml.safe_load(path.read_text())
    return spec


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@cache
def seed_text(name: str) -> str:
    """A seed document with non-breaking spaces normalised; name is a file name or its numeric prefix."""
    matches = sorted(SEEDS.glob(f"{name}*")) if not (SEEDS / name).exists() else [SEEDS / name]
    if not matches:
        pytest.skip(f"seed {name} not found beside the repo (../shared/seeds)")
    return matches[0].read_text(encoding="utf-8").replace("\u00a0", " ")


@pytest.fixture(scope="session", name="seed_text")
def seed_text_fixture() -> Callable[[str], str]:
    return seed_text


def seed_unstable_operations() -> set[str]:
    """Operation names the seeds' Python examples mark unstable."""
    found: set[str] = set()
    for path in SEEDS.glob("0*.txt"):
        found |= set(re.findall(r'configuration\.unstable_operations\["(\w+)"\]', path.read_text(encoding="utf-8")))
    return found


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """Call a generated endpoint module's function in sync or async form: ``call(module, *args, **kw)``.

    ``call.detailed(module, ...)`` calls the ``*_detailed`` variant. Returns the result in both modes.
    """
    mode = request.param

    def run(awaitable: Awaitable[Any]) -> Any:
        return asyncio.run(_await(awaitable))

    def call_(module: ModuleType, *args: Any, **kwargs: Any) -> Any:
        if mode == "sync":
            return module.sync(*args, **kwargs)
        return run(module.asyncio(*args, **kwargs))

    def detailed(module: ModuleType, *args: Any, **kwargs: Any) -> Any:
        if mode == "sync":
            return module.sync_detailed(*args, **kwargs)
        return run(module.asyncio_detailed(*args, **kwargs))

    call_.detailed = detailed  # type: ignore[attr-defined]
    call_.mode = mode  # type: ignore[attr-defined]
    return call_


async def _await(awaitable: Awaitable[Any]) -> Any:
    return await awaitable
