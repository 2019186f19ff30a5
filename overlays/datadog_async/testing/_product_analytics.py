"""Product Analytics data connections: list per entity, update by adding, updating and deleting fields."""

from __future__ import annotations

import copy

from ._call import Call, Handler, Reply
from ._state import Record, State

# Field-update keys -> the field key they set.
_RENAMES = {
    "updated_description": "description",
    "updated_display_name": "display_name",
    "updated_field_id": "id",
    "updated_groups": "groups",
}


def list_connections(state: State, call: Call) -> Reply:
    connections = state.analytics_connections.get(str(call.path["entity"]), {})
    return Reply(
        {
            "data": {
                "id": "list_connections_response",
                "type": "list_connections_response",
                "attributes": {"connections": [copy.deepcopy(c) for c in connections.values()]},
            }
        }
    )


def update_connection(state: State, call: Call) -> Reply:
    """Decision: the spec documents no 404, so updating an unknown connection creates it (an upsert); a
    field to update or delete that the connection does not have is ignored."""
    entity = str(call.path["entity"])
    data = call.data()
    ident = str(data.get("id", ""))
    connections = state.analytics_connections.setdefault(entity, {})
    now = state.now()
    record = connections.get(ident)
    if record is None:
        record = {
            "id": ident,
            "type": "ref_table",
            "created_at": now,
            "created_by": state.user.id,
            "fields": [],
        }
        connections[ident] = record
    attributes = call.attributes()
    fields: list[Record] = record["fields"]
    doomed = set(attributes.get("fields_to_delete") or [])
    fields[:] = [f for f in fields if f.get("id") not in doomed]
    for change in attributes.get("fields_to_update") or []:
        for item in fields:
            if item.get("id") == change.get("field_id"):
                for key, target in _RENAMES.items():
                    if key in change:
                        item[target] = copy.deepcopy(change[key])
    for new in attributes.get("fields_to_add") or []:
        fields[:] = [f for f in fields if f.get("id") != new.get("id")]
        fields.append(copy.deepcopy(new))
    record["updated_at"] = now
    record["updated_by"] = state.user.id
    return Reply()


HANDLERS: dict[str, Handler] = {
    "list_connections": list_connections,
    "update_connection": update_connection,
}
