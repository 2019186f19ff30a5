"""Incident pages in Datadog's real shape, for metrics (a), (b), (c), (f) and (g).

Real responses differ from the clean examples in bench/payloads.py in three ways, and each costs a parser time:

- every documented attribute is present: the list of attributes is read from openapi.yaml (the properties of
  IncidentResponseData's attributes and relationships, and of the included users' attributes), so the page keeps
  carrying every documented attribute when the spec changes. An attribute this module has no realistic value for
  (one added to the spec later) gets a value synthesised from its schema;
- an attribute with no value is sent as ``null``, not omitted: an open incident has no ``resolved`` time, most
  incidents have no ``case_id``, an incident without customer impact has no impact times. That includes attributes
  the spec does not mark nullable (``case_id``, ``notification_handles``): real Datadog sends those as ``null``
  too. ``nulls="spec"`` omits those instead (what a strict parser accepts), to measure before lenient parsing;
- fields newer than the spec: unknown keys at the response, resource, attributes, relationships, pagination meta
  and included user levels (``EXTRA_*`` below; checked not to be documented).

Deterministic: the same bytes on every run, so every contender parses exactly the same thing.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Literal

import payloads
import yaml
from payloads import _SCOPE, _SUMMARY, _rel, _ts, _uuid, dumps

PAGE_SIZE = 100
SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
Nulls = Literal["real", "spec"]

# Fields newer than the spec, by level. Names are made up (never taken from another spec); _check_extras()
# makes sure none of them is documented, so every contender sees them as unknown.
EXTRA_RESPONSE = {"trace": {"request_id": "4f1c2ab0e6d04c29", "region": "eu1", "served_by": "incidents-api-7"}}
EXTRA_RESOURCE = {"revision": 7}
EXTRA_ATTRIBUTES = {
    "escalation": {"policy_id": _uuid(0xE, 1), "level": 2, "acknowledged": True, "acknowledged_by": None},
    "labels": ["payments", "customer-facing", "eu"],
    "sla_breached": False,
}
EXTRA_RELATIONSHIPS = {"runbooks": {"data": [{"id": _uuid(0xB, 1), "type": "runbooks"}]}}
EXTRA_PAGINATION = {"total_pages_hint": 10}
EXTRA_USER_ATTRIBUTES = {"timezone": "Europe/Dublin", "mfa_enabled": True}


@functools.cache
def _schemas() -> dict[str, Any]:
    with open(SPEC, encoding="utf-8") as f:
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = _schemas()[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"].rsplit("/", 1)[1])


@functools.cache
def documented(schema_name: str) -> dict[str, dict[str, Any]]:
    """The documented properties of an object schema, in the spec's order."""
    return dict(_resolve(_schemas()[schema_name]).get("properties", {}))


@functools.cache
def _property_schema(owner: str, name: str) -> str:
    """The schema name a property of ``owner`` refers to (e.g. IncidentResponseData.attributes)."""
    return _ref_name(documented(owner)[name])


def nullable(prop: dict[str, Any]) -> bool:
    prop = _resolve(prop)
    types = prop.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    return any(nullable(option) for option in (*prop.get("oneOf", ()), *prop.get("anyOf", ())))


def _synthesise(prop: dict[str, Any], name: str, i: int) -> Any:
    """A plausible value for a documented attribute this module has no realistic value for."""
    prop = _resolve(prop)
    if "example" in prop:
        return prop["example"]
    if "enum" in prop:
        return prop["enum"][0]
    if "default" in prop:
        return prop["default"]
    for option in (*prop.get("oneOf", ()), *prop.get("anyOf", ())):
        if _resolve(option).get("type") != "null":
            return _synthesise(option, name, i)
    types = prop.get("type", "object")
    kind = next((t for t in types if t != "null"), "null") if isinstance(types, list) else types
    if kind == "string":
        return _ts(i, 45) if prop.get("format") == "date-time" else f"{name} {i}"
    if kind == "integer":
        return 100 + i
    if kind == "number":
        return 0.5 + i
    if kind == "boolean":
        return i % 2 == 0
    if kind == "array":
        return [_synthesise(prop.get("items", {}), name, i)]
    if kind == "object":
        return {k: _synthesise(v, k, i) for k, v in prop.get("properties", {}).items()}
    return None


def complete(schema_name: str, values: dict[str, Any], i: int, nulls: Nulls) -> dict[str, Any]:
    """Every documented property of ``schema_name``: ``values[name]`` (``None`` = unset, sent as null), or a value
    synthesised from its schema for a property ``values`` does not know. A name in ``values`` that the spec does
    not document is an error here: unknown fields are added on purpose, from the EXTRA_* tables."""
    props = documented(schema_name)
    stale = sorted(set(values) - set(props))
    if stale:
        raise ValueError(f"{schema_name} no longer documents {stale}: update bench/realistic.py")
    out: dict[str, Any] = {}
    for name, prop in props.items():
        value = values[name] if name in values else _synthesise(prop, name, i)
        if value is None and nulls == "spec" and not nullable(prop):
            continue  # a strict parser rejects null here; real Datadog sends it anyway
        out[name] = value
    return out


def _check_extras(schema_name: str, extras: dict[str, Any]) -> dict[str, Any]:
    known = sorted(set(extras) & set(documented(schema_name)))
    if known:
        raise ValueError(f"{schema_name} now documents {known}: pick other unknown field names")
    return extras


def _attributes(i: int) -> dict[str, Any]:
    """What a real organisation's incident #i holds; None where the incident has no value."""
    active = i % 4 == 0  # a quarter still open: no resolution yet
    impacted = i % 3 != 2  # a third had no customer impact
    fields: dict[str, Any] = {
        "state": {"type": "dropdown", "value": "active" if active else "resolved"},
        "severity": {"type": "dropdown", "value": "SEV-2"},
        "detection_method": {"type": "dropdown", "value": "monitor" if i % 2 else "customer"},
        "root_cause": {"type": "textbox", "value": None if active else _SUMMARY},
        "summary": {"type": "textbox", "value": f"Payments gateway pool exhaustion #{i}"},
        "services": {"type": "autocomplete", "value": ["payments-gateway", "checkout-api", "edge-lb"]},
        "teams": {"type": "autocomplete", "value": ["payments", "sre"]},
        "regions": {"type": "multiselect", "value": ["eu-west-1"] if impacted else None},
    }
    handles = [{"display_name": f"Responder {k}", "handle": f"@responder.{k}.{i}@example.com"} for k in range(5)]
    handles.append({"display_name": "Payments on-call", "handle": "@pagerduty-payments"})
    creator = {"image_48_px": f"https://example.com/avatars/{i}.png", "name": "Statuspage"}
    return {
        "archived": None,
        "case_id": 1000 + i if i % 5 == 0 else None,
        "created": _ts(i, 5),
        "customer_impact_duration": 3600 + i if impacted and not active else None,
        "customer_impact_end": _ts(i, 75) if impacted and not active else None,
        "customer_impact_scope": _SCOPE if impacted else None,
        "customer_impact_start": _ts(i, 15) if impacted else None,
        "customer_impacted": impacted,
        "detected": _ts(i, 20),
        "fields": fields,
        "modified": _ts(i, 130),
        "non_datadog_creator": creator if i % 10 == 7 else None,
        "notification_handles": None if i % 6 == 5 else handles,
        "public_id": 5000 + i,
        "resolved": None if active else _ts(i, 101),
        "severity": "SEV-2" if i % 7 else "UNKNOWN",
        "state": "active" if active else "resolved",
        "time_to_detect": 300 if impacted else None,
        "time_to_internal_response": 60,
        "time_to_repair": 3300 if impacted and not active else None,
        "time_to_resolve": None if active else 5760,
        "title": f"Elevated 502s on the payments gateway in eu-west-1 ({i})",
        "visibility": "organization",
    }


def _relationships(i: int) -> dict[str, Any]:
    users = [_uuid(0xA, i * 7 + k) for k in range(6)]
    return {
        "attachments": _rel("incident_attachments", [_uuid(0x2, i * 3 + k) for k in range(3)]),
        # The commander left the incident on some: the relationship is there, its data null.
        "commander_user": {"data": None if i % 8 == 3 else {"id": users[0], "type": "users"}},
        "created_by_user": {"data": {"id": users[1], "type": "users"}},
        "impacts": _rel("incident_impacts", [_uuid(0x3, i * 2 + k) for k in range(2)]),
        "integrations": _rel("incident_integrations", [_uuid(0x4, i * 2 + k) for k in range(2)]),
        "last_modified_by_user": {"data": {"id": users[2], "type": "users"}},
        "responders": _rel("incident_responders", [_uuid(0x5, i * 4 + k) for k in range(4)]),
        "user_defined_fields": _rel("user_defined_field", [_uuid(0x6, k) for k in range(8)]),
    }


def incident(i: int, nulls: Nulls = "real") -> dict[str, Any]:
    """One incident (IncidentResponseData) in the real shape: about 4 KB of JSON."""
    attributes = complete(_property_schema("IncidentResponseData", "attributes"), _attributes(i), i, nulls)
    attributes.update(_check_extras(_property_schema("IncidentResponseData", "attributes"), EXTRA_ATTRIBUTES))
    relationships = complete(_property_schema("IncidentResponseData", "relationships"), _relationships(i), i, nulls)
    relationships.update(_check_extras(_property_schema("IncidentResponseData", "relationships"), EXTRA_RELATIONSHIPS))
    data = {"attributes": attributes, "id": _uuid(0x1, i), "relationships": relationships, "type": "incidents"}
    return complete("IncidentResponseData", data, i, nulls) | _check_extras("IncidentResponseData", EXTRA_RESOURCE)


def user(k: int, nulls: Nulls = "real") -> dict[str, Any]:
    """An included user (IncidentUserData) in the real shape; one in four has no title (null)."""
    base = payloads.user(k)
    values = dict(base["attributes"], title=None if k % 4 == 3 else base["attributes"]["title"])
    attributes = complete(_property_schema("IncidentUserData", "attributes"), values, k, nulls)
    attributes.update(_check_extras(_property_schema("IncidentUserData", "attributes"), EXTRA_USER_ATTRIBUTES))
    return complete("IncidentUserData", dict(base, attributes=attributes), k, nulls)


def incident_response(i: int = 0, nulls: Nulls = "real") -> dict[str, Any]:
    """GET /api/v2/incidents/{id} (IncidentResponse): one incident and two included users."""
    body = {"data": incident(i, nulls), "included": [user(i * 7, nulls), user(i * 7 + 1, nulls)]}
    return body | _check_extras("IncidentResponse", EXTRA_RESPONSE)


def incidents_page(offset: int = 0, size: int = PAGE_SIZE, total: int | None = None, nulls: Nulls = "real") -> dict:
    """GET /api/v2/incidents?page[offset]=...&page[size]=... (IncidentsResponse): the incidents
    ``offset .. offset + size`` (fewer, or none, past ``total``), 5 included users and pagination meta."""
    stop = offset + size if total is None else min(offset + size, total)
    pagination = {"next_offset": offset + size, "offset": offset, "size": size} | _check_extras(
        "IncidentResponseMetaPagination", EXTRA_PAGINATION
    )
    body = {
        "data": [incident(i, nulls) for i in range(offset, stop)],
        "included": [user(k, nulls) for k in range(5)],
        "meta": {"pagination": pagination},
    }
    return body | _check_extras("IncidentsResponse", EXTRA_RESPONSE)


def page_bodies(count: int, nulls: Nulls = "real") -> list[bytes]:
    """``count`` distinct 100-incident pages (for the memory metric): distinct ids, so nothing is shared."""
    return [dumps(incidents_page(p * PAGE_SIZE, nulls=nulls)) for p in range(count)]


# (g): 1,000 incidents in pages of 100; the page at offset 1,000 is the empty one that ends the paging.
PAGED_TOTAL = 1000


def paged_bodies(nulls: Nulls = "real") -> dict[int, bytes]:
    """page[offset] -> body, for every page of the (g) paging (10 full pages, then an empty one)."""
    return {o: dumps(incidents_page(o, total=PAGED_TOTAL, nulls=nulls)) for o in range(0, PAGED_TOTAL + 1, PAGE_SIZE)}


if __name__ == "__main__":
    for mode in ("real", "spec"):
        print(mode, len(dumps(incident_response(1, nulls=mode))), len(dumps(incidents_page(300, nulls=mode))))
