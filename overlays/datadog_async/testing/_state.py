"""The in-memory state of one fake: every resource, plus the clock and id source it stamps them with."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class User:
    """The user the fake's keys belong to: creator and modifier of everything."""

    id: str
    handle: str
    name: str
    numeric_id: int = 123456

    def reference(self) -> Record:
        return {"data": {"id": self.id, "type": "users"}}

    def resource(self) -> Record:
        return {
            "id": self.id,
            "type": "users",
            "attributes": {
                "email": self.handle,
                "handle": self.handle,
                "name": self.name,
                "disabled": False,
                "service_account": False,
                "status": "Active",
                "verified": True,
            },
        }


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class State:
    """Per-fake state. Handlers run one at a time (the fake holds a lock around them)."""

    rng: random.Random = field(default_factory=random.Random)
    clock: Callable[[], datetime] = utcnow
    user: User = field(default_factory=lambda: User(id="", handle="fake.user@example.com", name="Fake User"))
    incidents: dict[str, Record] = field(default_factory=dict)
    todos: dict[str, dict[str, Record]] = field(default_factory=dict)
    """Incident id -> todo id -> todo."""
    integrations: dict[str, dict[str, Record]] = field(default_factory=dict)
    attachments: dict[str, dict[str, Record]] = field(default_factory=dict)
    apps: dict[str, Record] = field(default_factory=dict)
    deleted_apps: set[str] = field(default_factory=set)
    action_connections: dict[str, Record] = field(default_factory=dict)
    analytics_connections: dict[str, dict[str, Record]] = field(default_factory=dict)
    """Entity -> connection id -> connection."""
    counters: dict[str, int] = field(default_factory=dict)
    next_ids: list[str] = field(default_factory=list)
    """Ids to hand out before generating any (seeding with a chosen id)."""

    def __post_init__(self) -> None:
        if not self.user.id:
            self.user = User(id=self.new_id(), handle=self.user.handle, name=self.user.name)

    def new_id(self) -> str:
        if self.next_ids:
            return self.next_ids.pop(0)
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def next_number(self, name: str) -> int:
        self.counters[name] = self.counters.get(name, 0) + 1
        return self.counters[name]

    def now(self) -> str:
        """The current time as Datadog writes it: ISO 8601, milliseconds, UTC ``Z``."""
        moment = self.clock().astimezone(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
