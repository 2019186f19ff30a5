"""pytest fixtures for code that uses datadog-async, registered by the wheel's ``pytest11`` entry point.

``fake_datadog`` (a fresh ``FakeDatadog`` per test), ``datadog_client`` (the async client on it) and
``sync_datadog_client`` (the sync client on it). This module imports nothing from the ``testing`` extra
until a fixture is used, so pytest starts fine where the extra is not installed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._client import AsyncDatadogClient, DatadogClient
    from .testing import FakeDatadog


@pytest.fixture
def fake_datadog() -> FakeDatadog:
    """A fresh in-memory Datadog API: seed it (``.store``), script faults (``.script``), assert on ``.calls``."""
    from .testing import FakeDatadog

    return FakeDatadog()


@pytest.fixture
def datadog_client(fake_datadog: FakeDatadog) -> Iterator[AsyncDatadogClient]:
    """The async client on ``fake_datadog``, production settings (``fake_datadog.client()``), closed after."""
    client = fake_datadog.client()
    yield client
    _run(client.aclose())


@pytest.fixture
def sync_datadog_client(fake_datadog: FakeDatadog) -> Iterator[DatadogClient]:
    """The sync client on ``fake_datadog`` (``fake_datadog.sync_client()``), closed after the test."""
    with fake_datadog.sync_client() as client:
        yield client


def _run(closing: Coroutine[Any, Any, None]) -> None:
    """Close an async client from a sync teardown.

    Outside a running loop (the usual teardown): run the close to the end here. Inside one (a runner that keeps a
    loop running around the whole test session), this thread cannot wait for a coroutine without blocking that
    loop, which may own the client's connections: the close is scheduled on that loop instead, and runs as soon
    as the teardown hands control back to it.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(closing)
        return
    task = loop.create_task(closing)
    _closing.add(task)  # the loop keeps only a weak reference to a task (asyncio docs: keep your own)
    task.add_done_callback(_closing.discard)


_closing: set[asyncio.Task[None]] = set()
