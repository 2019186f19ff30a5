"""The examples run against the fake: each group's script in-process, the demo end to end over a socket."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from datadog_async import ResponseValidationError
from datadog_async.testing import FakeDatadog

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# The fake sends null for unset attributes (as Datadog does), which today's strict models reject.
NEEDS_LENIENT = pytest.mark.xfail(strict=False, reason="needs lenient parsing", raises=ResponseValidationError)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("incidents_example", ["DB"], marks=NEEDS_LENIENT),
        pytest.param("app_builder_example", (True, False), marks=NEEDS_LENIENT),
        ("action_connection_example", "aws-prod"),
        pytest.param("product_analytics_example", ["Plan tier"], marks=NEEDS_LENIENT),
    ],
)
async def test_group_example(name: str, expected: Any) -> None:
    fake = FakeDatadog(validate_responses=True)
    async with fake.client() as client:
        assert await _load(name).run(client) == expected


async def test_the_public_api_example_runs() -> None:
    async with FakeDatadog().client() as client:
        lines = await _load("public_api").run(client)
    assert lines[0].startswith("datadog-async ")
    assert "32 operations, 20 unstable" in lines[0]
    assert lines[2] == "first page: 0 incidents"
    assert lines[-1].startswith("404 ")


@pytest.mark.xfail(strict=False, reason="needs lenient parsing")
def test_demo_runs_quickstart_over_a_real_server() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "run_demo.py")], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "UnstableOperationError" in done.stdout
    assert "250 incidents in pages of 100" in done.stdout
    assert "published=True" in done.stdout
