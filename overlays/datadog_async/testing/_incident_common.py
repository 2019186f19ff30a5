"""What the incident handlers share: looking an incident up, attachments as resources, `include`."""

from __future__ import annotations

import copy

from ._call import Call
from ._errors import not_found
from ._state import Record, State


def get_record(state: State, incident_id: str) -> Record:
    record = state.incidents.get(incident_id)
    if record is None:
        raise not_found("Incident", incident_id)
    return record


def includes(call: Call) -> set[str]:
    """The `include` parameter: an array on most endpoints, a single value on search."""
    value = call.query.get("include")
    if value is None:
        return set()
    return {str(v) for v in value} if isinstance(value, list) else {str(value)}


def attachment_resource(state: State, attachment: Record) -> Record:
    return {
        "id": attachment["id"],
        "type": "incident_attachments",
        "attributes": copy.deepcopy(attachment["attributes"]),
        "relationships": {"last_modified_by_user": state.user.reference()},
    }


def included(state: State, records: list[Record], wanted: set[str]) -> list[Record]:
    """`included` of incident responses: the users the incidents refer to and/or their attachments."""
    items: list[Record] = []
    if "users" in wanted:
        user_ids = [state.user.id]
        for record in records:
            commander = (record.get("commander_user") or {}).get("data")
            if commander and commander["id"] not in user_ids:
                user_ids.append(commander["id"])
        for user_id in user_ids:
            user = state.user.resource()
            user["id"] = user_id
            items.append(user)
    if "attachments" in wanted:
        for record in records:
            items.extend(attachment_resource(state, a) for a in state.attachments.get(record["id"], {}).values())
    return items
