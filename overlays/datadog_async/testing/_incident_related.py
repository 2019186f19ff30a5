"""What lives under an incident: todos, integration metadata and attachments (deleted with the incident)."""

from __future__ import annotations

import copy

from ._call import Call, Handler, Reply
from ._errors import FakeError, not_found
from ._incident_common import attachment_resource, get_record, includes
from ._state import Record, State


def _children(state: State, store: dict[str, dict[str, Record]], call: Call) -> dict[str, Record]:
    incident = get_record(state, str(call.path["incident_id"]))
    return store.setdefault(incident["id"], {})


def _child(children: dict[str, Record], kind: str, ident: str) -> Record:
    record = children.get(ident)
    if record is None:
        raise not_found(kind, ident)
    return record


def _resource(state: State, kind: str, record: Record) -> Record:
    return {
        "id": record["id"],
        "type": kind,
        "attributes": copy.deepcopy(record["attributes"]),
        "relationships": {
            "created_by_user": state.user.reference(),
            "last_modified_by_user": state.user.reference(),
        },
    }


def _list(state: State, kind: str, children: dict[str, Record]) -> Reply:
    data = [_resource(state, kind, r) for r in children.values()]
    return Reply({"data": data, "meta": {"pagination": {"offset": 0, "size": len(data)}}})


class _Children:
    """Create/get/update/list/delete of one kind of incident child (todos or integration metadata)."""

    def __init__(self, kind: str, label: str, id_param: str, store: str, defaults: Record) -> None:
        self.kind, self.label, self.id_param, self.store, self.defaults = kind, label, id_param, store, defaults

    def _all(self, state: State, call: Call) -> dict[str, Record]:
        store: dict[str, dict[str, Record]] = getattr(state, self.store)
        return _children(state, store, call)

    def create(self, state: State, call: Call) -> Reply:
        children = self._all(state, call)
        now = state.now()
        attributes = {**copy.deepcopy(self.defaults), **copy.deepcopy(call.attributes())}
        attributes.update(created=now, modified=now, incident_id=str(call.path["incident_id"]))
        record: Record = {"id": state.new_id(), "attributes": attributes}
        children[record["id"]] = record
        return Reply({"data": _resource(state, self.kind, record)})

    def get(self, state: State, call: Call) -> Reply:
        record = _child(self._all(state, call), self.label, str(call.path[self.id_param]))
        return Reply({"data": _resource(state, self.kind, record)})

    def update(self, state: State, call: Call) -> Reply:
        record = _child(self._all(state, call), self.label, str(call.path[self.id_param]))
        record["attributes"].update(copy.deepcopy(call.attributes()))
        record["attributes"].update(modified=state.now(), incident_id=str(call.path["incident_id"]))
        return Reply({"data": _resource(state, self.kind, record)})

    def delete(self, state: State, call: Call) -> Reply:
        children = self._all(state, call)
        del children[_child(children, self.label, str(call.path[self.id_param]))["id"]]
        return Reply()

    def list(self, state: State, call: Call) -> Reply:
        return _list(state, self.kind, self._all(state, call))


TODOS = _Children("incident_todos", "Todo", "todo_id", "todos", {"completed": None, "due_date": None})
INTEGRATIONS = _Children(
    "incident_integrations", "Integration metadata", "integration_metadata_id", "integrations", {"status": 0}
)


# -- attachments -------------------------------------------------------------------------------------------


def _with_includes(state: State, call: Call, data: list[Record]) -> Reply:
    body: Record = {"data": data}
    if includes(call):
        body["included"] = [state.user.resource()]
    return Reply(body)


def _attachment_attributes(state: State, attributes: Record) -> Record:
    stored = copy.deepcopy(attributes)
    if stored.get("attachment_type") == "link":
        stored["modified"] = state.now()
    return stored


def list_attachments(state: State, call: Call) -> Reply:
    attachments = _children(state, state.attachments, call)
    kinds = call.query.get("filter[attachment_type]")
    data = [
        attachment_resource(state, a)
        for a in attachments.values()
        if not kinds or a["attributes"].get("attachment_type") in kinds
    ]
    return _with_includes(state, call, data)


def update_attachments(state: State, call: Call) -> Reply:
    """The bulk PATCH: an item without `id` is created, one without `attributes` deleted, one with both
    updated. Every item is checked before any is applied."""
    attachments = _children(state, state.attachments, call)
    items = (call.body or {}).get("data") or []
    for index, item in enumerate(items):
        if "id" not in item and "attributes" not in item:
            raise FakeError(400, "An attachment needs an id, attributes, or both.", pointer=f"/data/{index}")
        if "id" in item and item["id"] not in attachments:
            raise FakeError(404, f"Attachment {item['id']!r} not found.", pointer=f"/data/{index}/id")
    changed: list[Record] = []
    for item in items:
        if "id" not in item:
            record: Record = {"id": state.new_id(), "attributes": _attachment_attributes(state, item["attributes"])}
            attachments[record["id"]] = record
            changed.append(record)
        elif "attributes" not in item:
            attachments.pop(item["id"], None)
        else:
            record = attachments[item["id"]]
            record["attributes"] = _attachment_attributes(state, item["attributes"])
            changed.append(record)
    return _with_includes(state, call, [attachment_resource(state, r) for r in changed])


HANDLERS: dict[str, Handler] = {
    "list_incident_todos": TODOS.list,
    "create_incident_todo": TODOS.create,
    "get_incident_todo": TODOS.get,
    "update_incident_todo": TODOS.update,
    "delete_incident_todo": TODOS.delete,
    "list_incident_integrations": INTEGRATIONS.list,
    "create_incident_integration": INTEGRATIONS.create,
    "get_incident_integration": INTEGRATIONS.get,
    "update_incident_integration": INTEGRATIONS.update,
    "delete_incident_integration": INTEGRATIONS.delete,
    "list_incident_attachments": list_attachments,
    "update_incident_attachments": update_attachments,
}
