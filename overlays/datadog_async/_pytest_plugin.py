"""pytest fixtures for code that uses datadog-async, registered by the wheel's ``pytest11`` entry point.

``fake_datadog`` (a fresh ``FakeDatadog`` per test), ``datadog_client`` (the async client on it) and
``sync_datadog_client`` (the sync client on it). This module imports nothing from the ``testing`` extra
until a fixture is used, so pytest starts fine where the extra is not installed.
"""

from __future__ import annotations

import asyncio
import threading
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
    """Close an async client from a sync teardown: the in-process transport holds no loop-bound resource,
    so any event loop will do (a thread of its own when this thread already runs one)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(closing)
        return
    worker = threading.Thread(target=asyncio.run, args=(closing,))
    worker.start()
    worker.join()
