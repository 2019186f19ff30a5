"""Shared test helpers: a DatadogClient wired to an httpx.MockTransport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from datadog_async import UNSTABLE_OPERATIONS, DatadogClient

TEST_API_KEY = "test-api-key"
TEST_APP_KEY = "test-app-key"
BASE_URL = "https://api.datadoghq.com"

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
