"""Seeding the fake directly (models or dicts, chosen ids and times) and reading its state back."""

from __future__ import annotations

from typing import Any

import pytest
from datadog_async.api.action_connection import get_action_connection
from datadog_async.api.app_builder import get_app, list_apps
from datadog_async.api.incidents import get_incident, list_incident_todos, search_incidents
from datadog_async.api.product_analytics import list_connections
from datadog_async.models import (
    AppBuilderCreateAppRequestAttributes,
    IncidentCreateAttributes,
    IncidentResponse,
    IncidentTodoAttributes,
    ProductAnalyticsConnectionField,
)
from datadog_async.testing import FakeClock, FakeDatadog, SeedError

INCIDENT_ID = "11111111-2222-4333-8444-555555555555"
APP_ID = "aaaaaaaa-2222-4333-8444-555555555555"
CONNECTION_ID = "cccccccc-2222-4333-8444-555555555555"


@pytest.fixture
def fake() -> FakeDatadog:
    return FakeDatadog(seed=5, validate_responses=True)


def test_a_seeded_incident_has_the_chosen_id_and_time_and_the_api_sees_it(fake: FakeDatadog) -> None:
    seeded = fake.store.add_incident(
        IncidentCreateAttributes(title="Checkout down", customer_impacted=True),
        id=INCIDENT_ID,
        at="2024-05-01T09:00:00Z",
    )
    assert seeded["data"]["id"] == INCIDENT_ID
    assert seeded["data"]["attributes"]["created"] == "2024-05-01T09:00:00.000Z"
    assert seeded["data"]["attributes"]["customer_impact_start"] == "2024-05-01T09:00:00.000Z"
    assert fake.calls == []  # seeding and reading back are not API calls
    with fake.sync_client() as client:
        got = get_incident.sync(INCIDENT_ID, client=client)
        found = search_incidents.sync(client=client, query="Checkout")
    assert got.to_dict() == IncidentResponse.from_dict(seeded).to_dict()
    assert found.data.attributes.total == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "given",
    [
        {"title": "From attributes", "customer_impacted": False},
        {"type": "incidents", "attributes": {"title": "From data", "customer_impacted": False}},
        {"data": {"type": "incidents", "attributes": {"title": "From a body", "customer_impacted": False}}},
    ],
    ids=["attributes", "data", "body"],
)
def test_a_dict_may_be_the_attributes_the_data_or_the_whole_body(fake: FakeDatadog, given: dict[str, Any]) -> None:
    seeded = fake.store.add_incident(given)
    assert seeded["data"]["attributes"]["title"].startswith("From ")
    assert [i["id"] for i in fake.store.incidents()] == [seeded["data"]["id"]]


def test_children_apps_and_connections_seed_and_read_back(fake: FakeDatadog) -> None:
    fake.store.add_incident({"title": "t", "customer_impacted": False}, id=INCIDENT_ID)
    todo = fake.store.add_todo(
        INCIDENT_ID,
        IncidentTodoAttributes(content="Roll back", assignees=["@ops"]),
        id="todo-1",
        at="2024-01-02T03:04:05Z",
    )
    integration = fake.store.add_integration(
        INCIDENT_ID,
        {
            "integration_type": 1,
            "metadata": {"channels": [{"channel_id": "C1", "channel_name": "#i", "redirect_url": "https://x"}]},
        },
    )
    app = fake.store.add_app(
        AppBuilderCreateAppRequestAttributes(name="Ops console"), id=APP_ID, at="2024-02-01T00:00:00Z"
    )
    connection = fake.store.add_action_connection(
        {
            "name": "aws",
            "integration": {
                "type": "AWS",
                "credentials": {"type": "AWSAssumeRole", "role": "r", "account_id": "123456789012"},
            },
        },
        id=CONNECTION_ID,
    )
    connections = fake.store.add_analytics_connection(
        "users", "crm", [ProductAnalyticsConnectionField(id="tier", source_name="plan", type_="string")]
    )
    assert todo["data"]["id"] == "todo-1"
    assert todo["data"]["attributes"]["created"] == "2024-01-02T03:04:05.000Z"
    assert [t["id"] for t in fake.store.todos(INCIDENT_ID)] == ["todo-1"]
    assert fake.store.integrations(INCIDENT_ID)[0]["id"] == integration["data"]["id"]
    assert app["meta"]["created_at"] == "2024-02-01T00:00:00.000Z"
    assert [a["id"] for a in fake.store.apps()] == [APP_ID]
    assert fake.store.action_connections()[0]["attributes"]["integration"]["credentials"]["external_id"]
    assert connection["data"]["id"] == CONNECTION_ID
    assert [c["id"] for c in connections] == ["crm"]
    with fake.sync_client() as client:
        assert list_incident_todos.sync(INCIDENT_ID, client=client).data[0].id == "todo-1"
        assert get_app.sync(APP_ID, client=client).data.attributes.name == "Ops console"  # type: ignore[union-attr]
        assert [str(a.id) for a in list_apps.sync(client=client).data] == [APP_ID]  # type: ignore[union-attr]
        assert get_action_connection.sync(CONNECTION_ID, client=client).data.id == CONNECTION_ID  # type: ignore[union-attr]
        listed = list_connections.sync("users", client=client).data.attributes.connections  # type: ignore[union-attr]
        assert [c.id for c in listed] == ["crm"]  # type: ignore[union-attr]


def test_the_default_time_is_the_fakes_clock() -> None:
    fake = FakeDatadog(clock=FakeClock("2030-01-01T00:00:00Z"))
    seeded = fake.store.add_incident({"title": "t", "customer_impacted": False})
    assert seeded["data"]["attributes"]["created"] == "2030-01-01T00:00:00.000Z"
    fake.clock.advance(60)  # type: ignore[attr-defined]
    assert fake.store.add_app({"name": "a"})["meta"]["created_at"] == "2030-01-01T00:01:00.000Z"


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        (lambda f: f.store.add_incident({"title": "no impact field"}), "customer_impacted"),
        (lambda f: f.store.add_incident({"title": 5, "customer_impacted": False}), "/data/attributes/title"),
        (
            lambda f: f.store.add_todo("no-such-incident", {"content": "x", "assignees": []}),
            "Incident 'no-such-incident' not found",
        ),
        (lambda f: f.store.add_incident("title", id="x"), "Expected a model or a dict"),
        (lambda f: f.store.add_incident({"title": "t", "customer_impacted": False}, id=""), "non-empty string"),
        (lambda f: f.store.add_app({"name": "a"}, at="2024-01-01T00:00:00"), "timezone"),
    ],
    ids=["missing-field", "wrong-type", "unknown-parent", "not-a-dict", "empty-id", "naive-time"],
)
def test_bad_seeds_fail_naming_what_is_wrong(fake: FakeDatadog, seed: Any, message: str) -> None:
    with pytest.raises((SeedError, ValueError), match=message):
        seed(fake)
    assert fake.store.incidents() == []


def test_a_taken_id_is_refused_and_the_fake_keeps_its_state(fake: FakeDatadog) -> None:
    fake.store.add_incident({"title": "first", "customer_impacted": False}, id=INCIDENT_ID)
    with pytest.raises(SeedError, match="already taken"):
        fake.store.add_app({"name": "clash"}, id=INCIDENT_ID)
    assert fake.store.incident(INCIDENT_ID)["data"]["attributes"]["title"] == "first"
    assert fake.store.apps() == []
    assert fake.store.add_app({"name": "next"})["data"]["id"] != INCIDENT_ID  # the pinned id was not left behind


def test_reading_an_unknown_id_names_it(fake: FakeDatadog) -> None:
    with pytest.raises(SeedError, match="App 'nope' not found"):
        fake.store.app("nope")
