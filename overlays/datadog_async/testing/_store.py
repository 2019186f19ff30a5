"""Seeding and reading the fake's state directly: no HTTP, no faults, nothing recorded.

Each ``add_*`` runs the same handler as the API's create operation, after validating the body against the
spec's request schema, with the id and the time the test chose: what is seeded is exactly what the API
would have stored. Each reader returns what the API's GET returns (JSON, ready for ``Model.from_dict``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Protocol

from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from ._call import Call
from ._clock import _aware
from ._errors import FakeError
from ._handlers import handler_for
from ._shape import ResponseShaper
from ._spec import SpecIndex
from ._state import Record, State
from ._validate import InvalidRequest, validate_request


class _Fake(Protocol):
    index: SpecIndex
    state: State
    _lock: threading.Lock
    _shaper: ResponseShaper


class SeedError(ValueError):
    """What was given to seed the fake is not what the API accepts (names the field), or refers to nothing."""


class Store:
    """``fake.store``: put resources into the fake and read them back.

    A resource is given as a model (anything with ``to_dict()``) or a dict: the create request's body
    (``{"data": ...}``), its ``data`` object (``{"type": ..., "attributes": ...}``) or just its
    attributes (the ``type`` is filled in). ``id=`` chooses the id, ``at=`` the creation time (a datetime
    or an ISO 8601 string; default: the fake's clock).
    """

    def __init__(self, fake: _Fake) -> None:
        self._fake = fake

    # -- seeding -------------------------------------------------------------------------------------------

    def add_incident(self, incident: Any, *, id: str | None = None, at: datetime | str | None = None) -> Any:
        """An incident (``IncidentCreateAttributes`` or a dict); returns the ``get_incident`` body."""
        created = self._create("create_incident", {}, _body(incident, "incidents"), id, at, "get_incident")
        return self.incident(created["data"]["id"])

    def add_todo(self, incident_id: str, todo: Any, *, id: str | None = None, at: datetime | str | None = None) -> Any:
        """A todo under an incident (``IncidentTodoAttributes`` or a dict); returns the ``get_incident_todo`` body."""
        path = {"incident_id": incident_id}
        return self._create("create_incident_todo", path, _body(todo, "incident_todos"), id, at, "get_incident_todo")

    def add_integration(
        self, incident_id: str, integration: Any, *, id: str | None = None, at: datetime | str | None = None
    ) -> Any:
        """Integration metadata under an incident (``IncidentIntegrationMetadataAttributes`` or a dict)."""
        body = _body(integration, "incident_integrations")
        path = {"incident_id": incident_id}
        return self._create("create_incident_integration", path, body, id, at, "get_incident_integration")

    def add_app(self, app: Any, *, id: str | None = None, at: datetime | str | None = None) -> Any:
        """An App Builder app (``AppBuilderCreateAppRequestAttributes`` or a dict); returns the ``get_app`` body."""
        created = self._create("create_app", {}, _body(app, "appDefinitions"), id, at, "get_app")
        return self.app(created["data"]["id"])

    def add_action_connection(self, connection: Any, *, id: str | None = None) -> Any:
        """An action connection (``ActionConnectionAttributes`` or a dict); returns the
        ``get_action_connection`` body."""
        body = _body(connection, "action_connection")
        return self._create("create_action_connection", {}, body, id, None, "get_action_connection")

    def add_analytics_connection(
        self, entity: str, connection_id: str, fields: list[Any], *, at: datetime | str | None = None
    ) -> list[Any]:
        """A Product Analytics connection with these fields (``ProductAnalyticsConnectionField`` or dicts);
        returns the entity's connections as ``list_connections`` shows them."""
        body = {
            "data": {
                "id": connection_id,
                "type": "connection_id",
                "attributes": {"fields_to_add": [_plain(field) for field in fields]},
            }
        }
        self._create("update_connection", {"entity": entity}, body, None, at, None)
        return self.analytics_connections(entity)

    # -- reading back --------------------------------------------------------------------------------------

    def incident(self, incident_id: str) -> Any:
        return self._get("get_incident", {"incident_id": incident_id})

    def incidents(self) -> list[Any]:
        return [self.incident(ident)["data"] for ident in list(self._fake.state.incidents)]

    def todos(self, incident_id: str) -> list[Any]:
        return list(self._get("list_incident_todos", {"incident_id": incident_id})["data"])

    def integrations(self, incident_id: str) -> list[Any]:
        return list(self._get("list_incident_integrations", {"incident_id": incident_id})["data"])

    def app(self, app_id: str) -> Any:
        return self._get("get_app", {"app_id": app_id})

    def apps(self) -> list[Any]:
        return [self.app(ident)["data"] for ident in list(self._fake.state.apps)]

    def action_connection(self, connection_id: str) -> Any:
        return self._get("get_action_connection", {"connection_id": connection_id})

    def action_connections(self) -> list[Any]:
        return [self.action_connection(i)["data"] for i in list(self._fake.state.action_connections)]

    def analytics_connections(self, entity: str) -> list[Any]:
        return list(self._get("list_connections", {"entity": entity})["data"]["attributes"]["connections"])

    # -- the one path both go through ------------------------------------------------------------------------

    def _run(self, operation: str, path: Mapping[str, str], body: Any) -> Any:
        fake = self._fake
        op = fake.index.operations[operation]
        content = json.dumps(body).encode() if body is not None else b""
        try:
            valid = validate_request(fake.index, op, dict(path), (), content, "application/json" if content else None)
        except InvalidRequest as invalid:
            raise SeedError(f"{operation}: {'; '.join(p.detail for p in invalid.problems)}") from None
        call = Call(op=op, path=valid.path, query=valid.query, body=valid.body)
        try:
            reply = handler_for(operation)(fake.state, call)
        except FakeError as error:
            raise SeedError(f"{operation}: {error}") from None
        schema = op.schema_pointer(op.success_status)
        # Read back as the API sends it: every documented attribute, null where unset (_shape.py).
        return fake._shaper.shape(schema, reply.body) if schema is not None else reply.body

    def _get(self, operation: str, path: Mapping[str, str]) -> Any:
        with self._fake._lock:
            return self._run(operation, path, None)

    def _create(
        self,
        operation: str,
        path: Mapping[str, str],
        body: Any,
        ident: str | None,
        at: datetime | str | None,
        getter: str | None,
    ) -> Any:
        if ident is not None and getter is not None:
            self._check_id(getter, ident)
        with self._fake._lock, _pinned(self._fake.state, ident, at):
            return self._run(operation, path, body)

    def _check_id(self, getter: str, ident: str) -> None:
        """A chosen id must be one the API could issue: the GET response's ``data.id`` schema says which."""
        index = self._fake.index
        op = index.operations[getter]
        schema_pointer = op.schema_pointer(op.success_status) or ""
        for name in ("data", "id"):
            schema_pointer = _property(index, schema_pointer, name)
        error = best_match(index.validator(schema_pointer).iter_errors(ident))
        if error is not None:
            raise SeedError(f"id {ident!r} is not an id the API issues: {error.message}.")


def _property(index: SpecIndex, schema_pointer: str, name: str) -> str:
    """The pointer of property ``name`` of the object schema at ``schema_pointer`` (following a $ref)."""
    schema: Any = index.spec
    for part in schema_pointer.lstrip("/").split("/"):
        schema = schema[part.replace("~1", "/").replace("~0", "~")]
    target, ref = index.resolve(schema)
    if name not in target.get("properties", {}):
        raise LookupError(f"the schema at {schema_pointer} has no {name!r} property")
    return f"{ref or schema_pointer}/properties/{name}"


@contextmanager
def _pinned(state: State, ident: str | None, at: datetime | str | None) -> Iterator[None]:
    """The next new id is ``ident`` and the clock reads ``at``, for one seeding call."""
    if ident is not None and (not isinstance(ident, str) or not ident):
        raise SeedError(f"id must be a non-empty string, got {ident!r}.")
    if ident is not None and ident in _known_ids(state):
        raise SeedError(f"id {ident!r} is already taken in this fake.")
    moment = _aware(at) if at is not None else None
    clock = state.clock
    if moment is not None:
        state.clock = lambda: moment
    if ident is not None:
        state.next_ids.append(ident)
    try:
        yield
    finally:
        state.clock = clock
        state.next_ids.clear()


def _known_ids(state: State) -> set[str]:
    ids = {*state.incidents, *state.apps, *state.action_connections, *state.deleted_apps}
    for children in (state.todos, state.integrations, state.attachments):
        for per_incident in children.values():
            ids.update(per_incident)
    return ids


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _body(value: Any, kind: str) -> Record:
    """A create request body from a model or dict: the whole body, its ``data`` object or its attributes."""
    plain = _plain(value)
    if not isinstance(plain, dict):
        raise SeedError(f"Expected a model or a dict for a {kind} resource, got {type(value).__name__}.")
    if "data" in plain:
        return plain
    if "attributes" in plain:
        return {"data": {"type": kind, **plain}}
    return {"data": {"type": kind, "attributes": plain}}
