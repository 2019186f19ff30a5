"""Shared test helpers: a DatadogClient wired to an httpx.MockTransport."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml
from datadog_async import UNSTABLE_OPERATIONS, DatadogClient

TEST_API_KEY = "test-api-key"
TEST_APP_KEY = "test-app-key"
BASE_URL = "https://api.datadoghq.com"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"

Handler = Callable[[httpx.Request], httpx.Response]


def make_client(handler: Handler, *, unstable: bool = True, **kwargs: Any) -> DatadogClient:
    """A client whose every request goes to ``handler`` (sync and async alike), all unstable ops enabled."""
    return DatadogClient(
        api_key=TEST_API_KEY,
        app_key=TEST_APP_KEY,
        base_url=BASE_URL,
        unstable_operations=UNSTABLE_OPERATIONS if unstable else (),
        httpx_args={"transport": httpx.MockTransport(handler)},
        **kwargs,
    )


class Recorder:
    """A MockTransport handler that records requests and answers from a queue (or a fixed response)."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.requests: list[httpx.Request] = []
        self._responses = list(responses)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if len(self._responses) > 1:
            return self._responses.pop(0)
        return self._responses[0]


@cache
def load_spec() -> dict[str, Any]:
    """The spec the package was generated from (DATADOG_ASYNC_SPEC overrides, for development builds)."""
    path = Path(os.environ.get("DATADOG_ASYNC_SPEC", ROOT / "openapi.yaml"))
    spec: dict[str, Any] = yaml.safe_load(path.read_text())
    return spec


@cache
def seed_text(name: str) -> str:
    """A seed document with non-breaking spaces normalised; name is a file name or its numeric prefix."""
    matches = [SEEDS / name] if (SEEDS / name).exists() else sorted(SEEDS.glob(f"{name}*"))
    if not matches:
        raise FileNotFoundError(f"seed {name} not found in {SEEDS} (../shared/seeds beside the repo)")
    return matches[0].read_text(encoding="utf-8").replace("\u00a0", " ")


def seed_unstable_operations() -> set[str]:
    """Operation names the seeds' Python examples mark unstable."""
    pattern = r'configuration\.unstable_operations\["(\w+)"\]'
    found: set[str] = set()
    for path in SEEDS.glob("0*.txt"):
        found |= set(re.findall(pattern, path.read_text(encoding="utf-8")))
    return found
