"""Action connections: create, get, update field by field, delete."""

from __future__ import annotations

import copy
from typing import Any

from ._call import Call, Handler, Reply
from ._errors import not_found
from ._state import Record, State

KIND = "action_connection"


def _response(record: Record) -> Reply:
    return Reply({"data": {"id": record["id"], "type": KIND, "attributes": copy.deepcopy(record["attributes"])}})


def _get_record(state: State, call: Call) -> Record:
    ident = str(call.path["connection_id"])
    record = state.action_connections.get(ident)
    if record is None:
        raise not_found("Action connection", ident)
    return record


def merge(current: Any, update: Any) -> Any:
    """Field-by-field update: objects merge key by key; an object whose ``type`` changes, and any other
    value, is replaced."""
    if not isinstance(current, dict) or not isinstance(update, dict):
        return copy.deepcopy(update)
    if "type" in update and update.get("type") != current.get("type"):
        return copy.deepcopy(update)
    merged = dict(current)
    for key, value in update.items():
        merged[key] = merge(current.get(key), value) if key in current else copy.deepcopy(value)
    return merged


def _with_aws_ids(state: State, attributes: Record) -> Record:
    """Datadog fills in the external and principal ids of an AWS assume-role connection."""
    integration: Record = attributes.get("integration") or {}
    credentials: Record = integration.get("credentials") or {}
    if credentials.get("type") == "AWSAssumeRole":
        credentials.setdefault("external_id", state.new_id().replace("-", ""))
        credentials.setdefault("principal_id", "464622532012")
    return attributes


def create(state: State, call: Call) -> Reply:
    record: Record = {"id": state.new_id(), "attributes": _with_aws_ids(state, copy.deepcopy(call.attributes()))}
    state.action_connections[record["id"]] = record
    return _response(record)


def get(state: State, call: Call) -> Reply:
    return _response(_get_record(state, call))


def update(state: State, call: Call) -> Reply:
    record = _get_record(state, call)
    record["attributes"] = _with_aws_ids(state, merge(record["attributes"], call.attributes()))
    return _response(record)


def delete(state: State, call: Call) -> Reply:
    record = _get_record(state, call)
    del state.action_connections[record["id"]]
    return Reply()


HANDLERS: dict[str, Handler] = {
    "create_action_connection": create,
    "get_action_connection": get,
    "update_action_connection": update,
    "delete_action_connection": delete,
}
