"""Canned, realistic incident payloads for the benchmark.

Shapes follow the "Get the details of an incident" / "Get a list of incidents" / "Create an incident" examples in
the seed (shared/seeds/001_*.txt), enlarged the way a real organisation's incidents are: several user-defined
fields, notification handles, responders, impacts and attachments, and the included users. Deterministic: the
same bytes on every run, so every contender parses exactly the same thing.
"""

from __future__ import annotations

import json
from typing import Any

PAGE_SIZE = 100

_SCOPE = (
    "Checkout requests in eu-west-1 failed intermittently with HTTP 502 from the payments gateway; roughly 18% of "
    "card payments were declined and retried by customers. Mobile and web were both affected; API partners saw "
    "elevated latency (p99 4.2s) on the /v2/charges endpoint until the gateway pool was recycled."
)
_SUMMARY = (
    "A configuration push reduced the gateway connection pool from 512 to 64 connections. Under the morning peak "
    "the pool was exhausted, requests queued past the 3s upstream timeout and the load balancer answered 502. "
    "The change was rolled back at 10:41 UTC; error rates returned to baseline by 10:47 UTC."
)


def _uuid(kind: int, i: int) -> str:
    return f"{kind:08x}-{i >> 16 & 0xFFFF:04x}-4{i & 0xFFF:03x}-8000-{i * 2654435761 & 0xFFFFFFFFFFFF:012x}"


def _ts(day: int, minute: int) -> str:
    hour = 8 + minute // 60 % 12
    return f"2024-03-{1 + day % 28:02d}T{hour:02d}:{minute % 60:02d}:{day * 7 % 60:02d}.{minute * 37 % 1000:03d}Z"


def _rel(kind: str, ids: list[str]) -> dict[str, Any]:
    return {"data": [{"id": x, "type": kind} for x in ids]}


def incident(i: int) -> dict[str, Any]:
    """One incident (IncidentResponseData): about 3.5 KB of JSON."""
    users = [_uuid(0xA, i * 7 + k) for k in range(6)]
    return {
        "attributes": {
            "archived": None,
            "case_id": 1000 + i,
            "created": _ts(i, 5),
            "customer_impact_duration": 3600 + i,
            "customer_impact_end": _ts(i, 75),
            "customer_impact_scope": _SCOPE,
            "customer_impact_start": _ts(i, 15),
            "customer_impacted": True,
            "detected": _ts(i, 20),
            "fields": {
                "state": {"type": "dropdown", "value": "resolved"},
                "severity": {"type": "dropdown", "value": "SEV-2"},
                "detection_method": {"type": "dropdown", "value": "monitor"},
                "root_cause": {"type": "textbox", "value": _SUMMARY},
                "summary": {"type": "textbox", "value": f"Payments gateway pool exhaustion #{i}"},
                "services": {"type": "autocomplete", "value": ["payments-gateway", "checkout-api", "edge-lb"]},
                "teams": {"type": "autocomplete", "value": ["payments", "sre"]},
                "regions": {"type": "multiselect", "value": ["eu-west-1"]},
            },
            "modified": _ts(i, 130),
            "non_datadog_creator": None,
            "notification_handles": [
                {"display_name": f"Responder {k}", "handle": f"@responder.{k}.{i}@example.com"} for k in range(5)
            ]
            + [{"display_name": "Payments on-call", "handle": "@pagerduty-payments"}],
            "public_id": 5000 + i,
            "resolved": _ts(i, 101),
            "severity": "SEV-2",
            "state": "resolved",
            "time_to_detect": 300,
            "time_to_internal_response": 60,
            "time_to_repair": 3300,
            "time_to_resolve": 5760,
            "title": f"Elevated 502s on the payments gateway in eu-west-1 ({i})",
            "visibility": "organization",
        },
        "id": _uuid(0x1, i),
        "relationships": {
            "attachments": _rel("incident_attachments", [_uuid(0x2, i * 3 + k) for k in range(3)]),
            "commander_user": {"data": {"id": users[0], "type": "users"}},
            "created_by_user": {"data": {"id": users[1], "type": "users"}},
            "impacts": _rel("incident_impacts", [_uuid(0x3, i * 2 + k) for k in range(2)]),
            "integrations": _rel("incident_integrations", [_uuid(0x4, i * 2 + k) for k in range(2)]),
            "last_modified_by_user": {"data": {"id": users[2], "type": "users"}},
            "responders": _rel("incident_responders", [_uuid(0x5, i * 4 + k) for k in range(4)]),
            "user_defined_fields": _rel("user_defined_field", [_uuid(0x6, k) for k in range(8)]),
        },
        "type": "incidents",
    }


def user(k: int) -> dict[str, Any]:
    """An included user (IncidentUserData), as the API adds with ``include=users``."""
    return {
        "attributes": {
            "created_at": _ts(k, 1),
            "disabled": False,
            "email": f"user.{k}@example.com",
            "handle": f"user.{k}@example.com",
            "icon": f"https://secure.gravatar.com/avatar/{k:032x}?s=48&d=retro",
            "modified_at": _ts(k, 2),
            "name": f"User {k}",
            "service_account": False,
            "status": "Active",
            "title": "Site Reliability Engineer",
            "verified": True,
        },
        "id": _uuid(0xA, k),
        "relationships": {
            "org": {"data": {"id": "00000000-0000-beef-0000-000000000000", "type": "orgs"}},
            "other_orgs": {"data": []},
            "other_users": {"data": []},
            "roles": {"data": [{"id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d", "type": "roles"}]},
        },
        "type": "users",
    }


def incident_response(i: int = 0) -> dict[str, Any]:
    """GET /api/v2/incidents/{id} (IncidentResponse): one incident and two included users, about 4.5 KB."""
    return {"data": incident(i), "included": [user(i * 7), user(i * 7 + 1)]}


def incidents_page(page: int = 0, size: int = PAGE_SIZE) -> dict[str, Any]:
    """GET /api/v2/incidents (IncidentsResponse): a full page of ``size`` incidents with pagination meta."""
    start = page * size
    return {
        "data": [incident(start + k) for k in range(size)],
        "included": [user(k) for k in range(5)],
        "meta": {"pagination": {"next_offset": start + size, "offset": start, "size": size}},
    }


# The attributes Datadog sends as null on an incident that is still active and has no case, no creator outside
# Datadog and no notification handles: every documented attribute is present, the unset ones are null.
_UNSET_WHILE_ACTIVE = (
    "archived",
    "case_id",
    "customer_impact_duration",
    "customer_impact_end",
    "non_datadog_creator",
    "notification_handles",
    "resolved",
    "time_to_repair",
    "time_to_resolve",
)


def incident_with_nulls(i: int) -> dict[str, Any]:
    """An incident as real Datadog sends an active one: the unset attributes are ``null``, not absent."""
    body = incident(i)
    attributes = body["attributes"]
    attributes.update(dict.fromkeys(_UNSET_WHILE_ACTIVE), state="active")
    attributes["fields"]["state"] = {"type": "dropdown", "value": "active"}
    attributes["fields"]["root_cause"] = {"type": "textbox", "value": None}
    return body


def incidents_page_nulls(page: int = 0, size: int = PAGE_SIZE) -> dict[str, Any]:
    """incidents_page with every incident in the null-filled shape of incident_with_nulls."""
    body = incidents_page(page, size)
    body["data"] = [incident_with_nulls(page * size + k) for k in range(size)]
    return body


def create_values() -> dict[str, Any]:
    """What a user passes to create an incident: the values every contender builds its request body from."""
    return {
        "title": "Elevated 502s on the payments gateway in eu-west-1",
        "customer_impacted": True,
        "customer_impact_scope": _SCOPE,
        "fields": {
            "state": ("dropdown", "active"),
            "severity": ("dropdown", "SEV-2"),
            "detection_method": ("dropdown", "monitor"),
            "summary": ("textbox", _SUMMARY),
            "services": ("autocomplete", ["payments-gateway", "checkout-api", "edge-lb"]),
            "teams": ("autocomplete", ["payments", "sre"]),
        },
        "notification_handles": [(f"Responder {k}", f"@responder.{k}@example.com") for k in range(5)],
        "commander": _uuid(0xA, 0),
    }


def create_body_dict(v: dict[str, Any]) -> dict[str, Any]:
    """The wire body of a create request, built as raw-httpx users build it: a dict literal."""
    return {
        "data": {
            "type": "incidents",
            "attributes": {
                "title": v["title"],
                "customer_impacted": v["customer_impacted"],
                "customer_impact_scope": v["customer_impact_scope"],
                "fields": {name: {"type": t, "value": val} for name, (t, val) in v["fields"].items()},
                "notification_handles": [{"display_name": d, "handle": h} for d, h in v["notification_handles"]],
            },
            "relationships": {"commander_user": {"data": {"type": "users", "id": v["commander"]}}},
        }
    }


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def page_bodies(count: int) -> list[bytes]:
    """``count`` distinct 100-incident pages (for the memory metric): distinct ids, so nothing is shared."""
    return [dumps(incidents_page(p)) for p in range(count)]


if __name__ == "__main__":
    print(len(dumps(incident_response())), len(dumps(incidents_page())), len(dumps(create_body_dict(create_values()))))
