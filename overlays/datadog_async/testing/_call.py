"""What a resource handler receives and returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._spec import OperationSpec
from ._state import State


@dataclass(frozen=True, slots=True)
class Call:
    """A validated request for one operation."""

    op: OperationSpec
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any

    def data(self) -> dict[str, Any]:
        """The body's ``data`` object (validation has already checked its shape where the spec requires it)."""
        body = self.body if isinstance(self.body, dict) else {}
        data = body.get("data")
        return data if isinstance(data, dict) else {}

    def attributes(self) -> dict[str, Any]:
        attributes = self.data().get("attributes")
        return attributes if isinstance(attributes, dict) else {}


@dataclass(slots=True)
class Reply:
    """A handler's answer; ``status`` None means the operation's documented success status."""

    body: Any = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[State, Call], Reply]
