"""Incidents: create, get, update field by field, delete (with everything under them), list and search."""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any

from ._call import Call, Handler, Reply
from ._errors import FakeError
from ._incident_common import get_record, included, includes
from ._paging import offset_page
from ._state import Record, State

KIND = "incidents"
# Update attributes copied as sent; `fields` merges key by key.
UPDATE_KEYS = (
    "customer_impact_end",
    "customer_impact_scope",
    "customer_impact_start",
    "customer_impacted",
    "detected",
    "notification_handles",
    "title",
)
DEFAULT_FIELDS: Record = {
    "severity": {"type": "dropdown", "value": "UNKNOWN"},
    "state": {"type": "dropdown", "value": "active"},
}
SEVERITIES = {"UNKNOWN", "SEV-1", "SEV-2", "SEV-3", "SEV-4", "SEV-5"}


def _derive(record: Record) -> None:
    """State and severity follow the `state` and `severity` fields, as in Datadog."""
    attributes = record["attributes"]
    fields = attributes["fields"]
    severity = fields.get("severity", {}).get("value")
    attributes["severity"] = severity if severity in SEVERITIES else "UNKNOWN"
    state_value = fields.get("state", {}).get("value")
    attributes["state"] = state_value if isinstance(state_value, str) else "active"
    if attributes["state"] == "resolved" and attributes.get("resolved") is None:
        attributes["resolved"] = attributes["modified"]
    elif attributes["state"] != "resolved":
        attributes["resolved"] = None


def _commander(relationships: Any) -> Record | None:
    if not isinstance(relationships, dict) or relationships.get("commander_user") is None:
        return None
    data = relationships["commander_user"].get("data")
    return {"data": copy.deepcopy(data)} if data is not None else {"data": None}


def resource(state: State, record: Record) -> Record:
    """The incident as the API returns it, relationships filled from what lives under it."""
    incident_id = record["id"]
    relationships: Record = {
        "created_by_user": state.user.reference(),
        "last_modified_by_user": state.user.reference(),
        "attachments": {
            "data": [{"id": i, "type": "incident_attachments"} for i in state.attachments.get(incident_id, {})]
        },
        "integrations": {
            "data": [{"id": i, "type": "incident_integrations"} for i in state.integrations.get(incident_id, {})]
        },
    }
    if record["commander_user"] is not None:
        relationships["commander_user"] = copy.deepcopy(record["commander_user"])
    return {
        "id": incident_id,
        "type": KIND,
        "attributes": copy.deepcopy(record["attributes"]),
        "relationships": relationships,
    }


def _single(state: State, call: Call, record: Record) -> Reply:
    body: Record = {"data": resource(state, record)}
    wanted = includes(call)
    if wanted:
        body["included"] = included(state, [record], wanted)
    return Reply(body)


def create_incident(state: State, call: Call) -> Reply:
    given = call.attributes()
    now = state.now()
    attributes: Record = {
        "title": given["title"],
        "customer_impacted": given["customer_impacted"],
        "created": now,
        "modified": now,
        "detected": now,
        "public_id": state.next_number("incident_public_id"),
        "fields": {**copy.deepcopy(DEFAULT_FIELDS), **copy.deepcopy(given.get("fields") or {})},
        "notification_handles": copy.deepcopy(given.get("notification_handles") or []),
        "visibility": "organization",
    }
    if "customer_impact_scope" in given:
        attributes["customer_impact_scope"] = given["customer_impact_scope"]
    if given["customer_impacted"]:
        attributes["customer_impact_start"] = now
    record: Record = {
        "id": state.new_id(),
        "attributes": attributes,
        "commander_user": _commander(call.data().get("relationships")),
    }
    _derive(record)
    state.incidents[record["id"]] = record
    return _single(state, call, record)


def get_incident(state: State, call: Call) -> Reply:
    return _single(state, call, get_record(state, str(call.path["incident_id"])))


def update_incident(state: State, call: Call) -> Reply:
    record = get_record(state, str(call.path["incident_id"]))
    data = call.data()
    if data.get("id") != record["id"]:
        raise FakeError(400, "data.id does not match the incident_id in the path.", pointer="/data/id")
    attributes = record["attributes"]
    given = call.attributes()
    for key in UPDATE_KEYS:
        if key in given:
            attributes[key] = copy.deepcopy(given[key])
    if isinstance(given.get("fields"), dict):
        attributes["fields"].update(copy.deepcopy(given["fields"]))
    relationships = data.get("relationships")
    if isinstance(relationships, dict) and "commander_user" in relationships:
        record["commander_user"] = _commander(relationships)
    attributes["modified"] = state.now()
    _derive(record)
    return _single(state, call, record)


def delete_incident(state: State, call: Call) -> Reply:
    record = get_record(state, str(call.path["incident_id"]))
    del state.incidents[record["id"]]
    for children in (state.todos, state.integrations, state.attachments):
        children.pop(record["id"], None)
    return Reply()


def list_incidents(state: State, call: Call) -> Reply:
    page, paging = offset_page(list(state.incidents.values()), call.query)
    body: Record = {"data": [resource(state, r) for r in page], "meta": paging.meta()}
    wanted = includes(call)
    if wanted:
        body["included"] = included(state, page, wanted)
    return Reply(body)


# -- search ------------------------------------------------------------------------------------------------

_TERM = re.compile(r"(-?)(\w+):(\([^)]*\)|\"[^\"]*\"|\S+)")


def _facet_value(record: Record, facet: str) -> list[str]:
    attributes = record["attributes"]
    if facet in ("state", "severity", "title", "visibility"):
        return [str(attributes.get(facet, ""))]
    if facet == "customer_impacted":
        return [str(attributes["customer_impacted"]).lower()]
    field = attributes["fields"].get(facet)
    if isinstance(field, dict):
        value = field.get("value")
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return []


def matches(record: Record, query: str) -> bool:
    """Facet terms (``state:active``, ``severity:(SEV-1 OR SEV-2)``, ``-state:resolved``) joined by AND;
    other words must appear in the title. ``*`` or an empty query matches everything."""
    rest = query
    for negate, facet, raw in _TERM.findall(query):
        rest = rest.replace(f"{negate}{facet}:{raw}", " ")
        options = [v.strip().strip('"').lower() for v in raw.strip("()").split(" OR ")]
        have = [v.lower() for v in _facet_value(record, facet)]
        hit = any(option in have for option in options)
        if hit == bool(negate):
            return False
    words = [w for w in re.split(r"\s+|\bAND\b", rest) if w and w not in ("AND", "*")]
    title = str(record["attributes"]["title"]).lower()
    return all(word.strip('"').lower() in title for word in words)


def _facets(state: State, records: list[Record]) -> Record:
    def counts(facet: str) -> list[Record]:
        counter = Counter(v for r in records for v in _facet_value(r, facet))
        return [{"name": name, "count": count} for name, count in sorted(counter.items())]

    user = {"name": state.user.name, "handle": state.user.handle, "email": state.user.handle, "uuid": state.user.id}
    created_by = [{**user, "count": len(records)}] if records else []
    return {"state": counts("state"), "severity": counts("severity"), "created_by": created_by}


def search_incidents(state: State, call: Call) -> Reply:
    query = str(call.query.get("query", ""))
    found = [r for r in state.incidents.values() if matches(r, query)]
    if call.query.get("sort") in ("created", "-created"):
        found.sort(key=lambda r: r["attributes"]["created"], reverse=call.query["sort"] == "-created")
    page, paging = offset_page(found, call.query)
    body: Record = {
        "data": {
            "type": "incidents_search_results",
            "attributes": {
                "facets": _facets(state, found),
                "incidents": [{"data": resource(state, r)} for r in page],
                "total": len(found),
            },
        },
        "meta": paging.meta(),
    }
    wanted = includes(call)
    if wanted:
        body["included"] = included(state, page, wanted)
    return Reply(body)


HANDLERS: dict[str, Handler] = {
    "create_incident": create_incident,
    "get_incident": get_incident,
    "update_incident": update_incident,
    "delete_incident": delete_incident,
    "list_incidents": list_incidents,
    "search_incidents": search_incidents,
}
