"""Test helpers for the fake: a world of one resource of each kind, created over plain HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from datadog_async.testing import FAKE_API_KEY, FAKE_APP_KEY, FAKE_BASE_URL, FakeDatadog

KEYS = {"DD-API-KEY": FAKE_API_KEY, "DD-APPLICATION-KEY": FAKE_APP_KEY}


def raw_client(fake: FakeDatadog, *, keys: bool = True) -> httpx.Client:
    """A plain httpx client on the fake (no SDK in between), to set up state and read raw JSON."""
    return httpx.Client(transport=fake.transport(), base_url=FAKE_BASE_URL, headers=KEYS if keys else {})


@dataclass(frozen=True)
class World:
    """Ids of one resource of each kind, by path parameter name."""

    ids: dict[str, str]


def post(http: httpx.Client, url: str, body: dict[str, Any], method: str = "POST") -> dict[str, Any]:
    response = http.request(method, url, json=body)
    assert response.is_success, response.text
    result: dict[str, Any] = response.json() if response.content else {}
    return result


def build_world(fake: FakeDatadog) -> World:
    with raw_client(fake) as http:
        incident = post(
            http,
            "/api/v2/incidents",
            {"data": {"type": "incidents", "attributes": {"title": "Checkout down", "customer_impacted": True}}},
        )["data"]["id"]
        base = f"/api/v2/incidents/{incident}"
        todo = post(
            http,
            f"{base}/relationships/todos",
            {"data": {"type": "incident_todos", "attributes": {"content": "Roll back", "assignees": ["@ops"]}}},
        )["data"]["id"]
        integration = post(
            http,
            f"{base}/relationships/integrations",
            {
                "data": {
                    "type": "incident_integrations",
                    "attributes": {
                        "integration_type": 1,
                        "metadata": {
                            "channels": [{"channel_id": "C1", "channel_name": "#inc", "redirect_url": "https://x"}]
                        },
                    },
                }
            },
        )["data"]["id"]
        app = post(
            http, "/api/v2/app-builder/apps", {"data": {"type": "appDefinitions", "attributes": {"name": "Ops app"}}}
        )["data"]["id"]
        connection = post(
            http,
            "/api/v2/actions/connections",
            {
                "data": {
                    "type": "action_connection",
                    "attributes": {
                        "name": "aws",
                        "integration": {
                            "type": "AWS",
                            "credentials": {"type": "AWSAssumeRole", "role": "r", "account_id": "123456789012"},
                        },
                    },
                }
            },
        )["data"]["id"]
    return World(
        ids={
            "incident_id": incident,
            "todo_id": todo,
            "integration_metadata_id": integration,
            "app_id": app,
            "connection_id": connection,
            "entity": "users",
        }
    )
