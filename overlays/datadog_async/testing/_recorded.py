"""What the fake remembers of each call, for tests to assert on what was sent and what came back."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._redact import SECRET_HEADERS as _SDK_SECRET_HEADERS
from ._http import FakeRequest, FakeResponse

# Never recorded: a test that prints a call must not print a key.
# The SDK's key headers, plus what may carry a session or proxy credential.
SECRET_HEADERS = frozenset(name.lower() for name in _SDK_SECRET_HEADERS) | {"cookie", "proxy-authorization"}


@dataclass(frozen=True, slots=True)
class RecordedCall:
    """One request the fake answered, as sent and as answered.

    ``operation`` is None for a route the spec does not have. ``query`` maps each parameter to its value
    as sent (a list when the name was sent more than once; ``query_items`` keeps the exact order).
    ``headers`` are lower-cased and never hold the keys. ``body`` is the parsed JSON request body (None
    when there was none; ``raw_body`` keeps the bytes, also when they were not JSON). ``response`` is
    the JSON the fake answered (None for no body or a dropped connection, where ``status`` is 0).
    """

    operation: str | None
    method: str
    path: str
    status: int
    query: Mapping[str, str | list[str]] = field(default_factory=dict)
    query_items: tuple[tuple[str, str], ...] = ()
    path_params: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: Any = None
    raw_body: bytes = b""
    response: Any = None
    response_headers: Mapping[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        """The request body; raises if there was none, so an assertion on it cannot pass by accident."""
        if not self.raw_body:
            raise AssertionError(f"{self.operation or self.path}: the request had no body.")
        return self.body


def record(
    operation: str | None, path_params: Mapping[str, str], request: FakeRequest, response: FakeResponse
) -> RecordedCall:
    query: dict[str, str | list[str]] = {}
    for name, value in request.query:
        if name not in query:
            query[name] = value
        else:
            previous = query[name]
            query[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
    return RecordedCall(
        operation=operation,
        method=request.method,
        path=request.path,
        status=response.status,
        query=query,
        query_items=request.query,
        path_params=dict(path_params),
        headers={name: value for name, value in request.headers.items() if name not in SECRET_HEADERS},
        body=_json_or_none(request.body),
        raw_body=request.body,
        response=None if response.drop else response.body,
        response_headers={} if response.drop else response.all_headers(),
    )


def _json_or_none(content: bytes) -> Any:
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, not UTF-8 or nested too deep: the bytes stay in raw_body
        return None
