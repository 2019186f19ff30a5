"""Fixtures shared by every test: the assembled spec, the seeds, and the call mode (sync or async)."""

from __future__ import annotations

import asyncio
import functools
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from types import ModuleType
from typing import Any

import pytest
from helpers import load_spec, make_client, seed_text


@pytest.fixture(scope="session", autouse=True)
def strict_responses() -> Iterator[None]:
    """The project's own tests read responses strictly (DD_STRICT_RESPONSES=true): any deviation of a body from the
    spec (of the fake's, of an example's) fails. Tests of the lenient default pass ``strict_responses=False``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DD_STRICT_RESPONSES", "true")
        yield


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session", name="seed_text")
def seed_text_fixture() -> Callable[[str], str]:
    return seed_text


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """Call a generated endpoint module's function in sync or async form: ``call(module, *args, **kw)``.

    ``call.detailed(module, ...)`` calls the ``*_detailed`` variant; ``call.client(handler, ...)`` makes the
    client of the mode (see helpers.make_client). Returns the result in both modes.
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
    call_.client = functools.partial(make_client, mode=mode)  # type: ignore[attr-defined]
    return call_


async def _await(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


def pytest_collection_finish(session: pytest.Session) -> None:
    """Every test case needs its own id: duplicates keep the progress below 100% and confuse --lf."""
    counts = Counter(item.nodeid for item in session.items)
    duplicates = sorted(nodeid for nodeid, count in counts.items() if count > 1)
    if duplicates:
        raise pytest.UsageError(f"{len(duplicates)} test ids are not unique, e.g. {duplicates[0]}")
