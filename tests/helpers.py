"""Shared test helpers: clients wired to an httpx.MockTransport, the spec and the seeds."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

import httpx
import yaml
from datadog_async import UNSTABLE_OPERATIONS, AsyncDatadogClient, DatadogClient
from datadog_async.types import DatadogModel, check_deviations
from dateutil.parser import isoparse

TEST_API_KEY = "test-api-key"
TEST_APP_KEY = "test-app-key"
BASE_URL = "https://api.datadoghq.com"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"

Handler = Callable[[httpx.Request], httpx.Response]
T = TypeVar("T", bound=DatadogModel)


@overload
def make_client(
    handler: Handler, *, mode: Literal["sync"] = ..., unstable: bool = ..., **kwargs: Any
) -> DatadogClient: ...
@overload
def make_client(
    handler: Handler, *, mode: Literal["async"], unstable: bool = ..., **kwargs: Any
) -> AsyncDatadogClient: ...
@overload
def make_client(handler: Handler, *, mode: str, unstable: bool = ..., **kwargs: Any) -> Any: ...
def make_client(handler: Handler, *, mode: str = "sync", unstable: bool = True, **kwargs: Any) -> Any:
    """A client (``mode``: "sync" or "async") whose every request goes to ``handler``, all unstable ops enabled."""
    cls = {"sync": DatadogClient, "async": AsyncDatadogClient}[mode]
    return cls(
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


HTTP_METHODS = ("get", "put", "post", "patch", "delete")


def respond(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Recorder:
    """A Recorder answering every request with ``status`` and ``body`` as JSON (no body when None)."""
    if body is None:
        return Recorder(httpx.Response(status, headers=headers))
    return Recorder(httpx.Response(status, json=body, headers=headers))


def assert_request(
    request: httpx.Request, method: str, path: str, query: dict[str, str], body: dict[str, Any] | None
) -> None:
    """The request went to the API host with both keys, exactly this query string and this JSON body."""
    assert request.method == method
    assert request.url.host == "api.datadoghq.com"
    assert request.url.path == path
    assert dict(request.url.params) == query
    assert len(request.url.params.multi_items()) == len(query)
    assert request.headers["DD-API-KEY"] == TEST_API_KEY
    assert request.headers["DD-APPLICATION-KEY"] == TEST_APP_KEY
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == body


def tagged_operations(spec: dict[str, Any], tag: str) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation) for every operation of the spec tagged `tag`."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS and tag in operation.get("tags", []):
                found[operation["operationId"]] = (method, path, operation)
    return found


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local $refs (schemas, parameters, responses) to the node they name."""
    while "$ref" in node:
        target: Any = spec
        for key in node["$ref"].lstrip("#/").split("/"):
            target = target[key]
        node = target
    return node


def parameters(spec: dict[str, Any], path: str, method: str) -> list[dict[str, Any]]:
    """The path-level and operation-level parameters of an operation, resolved."""
    item = spec["paths"][path]
    return [resolve(spec, p) for p in [*item.get("parameters", []), *item[method].get("parameters", [])]]


def instants(value: Any) -> Any:
    """Compare timestamps as instants: the seeds' '...000Z' serializes back as '...+00:00'."""
    if isinstance(value, dict):
        return {k: instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        try:
            parsed = isoparse(value)
        except ValueError:
            return value
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return value


def parse_strict(cls: type[T], raw: Any) -> T:
    """``from_dict`` read strictly, as a strict client does: ModelValidationError names the first deviation."""
    parsed = cls.from_dict(raw)
    check_deviations(parsed)
    return parsed
