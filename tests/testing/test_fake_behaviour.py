"""The fake's own behaviour: auth, validation errors, 404s, cascades, deployments, paging, faults, servers."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from datadog_async import (
    ApiConnectionError,
    NotFoundError,
    RateLimitError,
    ServerError,
    paginate,
)
from datadog_async.api.app_builder import list_apps
from datadog_async.api.incidents import get_incident, list_incidents
from datadog_async.testing import FakeDatadog, Faults
from testing.fake_world import KEYS, build_world, post, raw_client

INCIDENT = {"data": {"type": "incidents", "attributes": {"title": "t", "customer_impacted": False}}}


@pytest.fixture
def fake() -> FakeDatadog:
    return FakeDatadog(seed=3, validate_responses=True)


@pytest.mark.parametrize(
    "headers", [{}, {"DD-API-KEY": "k"}, {"DD-APPLICATION-KEY": "a"}], ids=["none", "api-only", "app-only"]
)
def test_missing_keys_get_403_naming_the_header(fake: FakeDatadog, headers: dict[str, str]) -> None:
    with raw_client(fake, keys=False) as http:
        response = http.get("/api/v2/incidents", headers=headers)
    assert response.status_code == 403
    missing = "DD-API-KEY" if "DD-API-KEY" not in headers else "DD-APPLICATION-KEY"
    assert missing in response.text


def test_configured_keys_must_match() -> None:
    fake = FakeDatadog(api_key="right", app_key="right")
    with raw_client(fake) as http:
        assert http.get("/api/v2/incidents").status_code == 403


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({"data": {"type": "incidents", "attributes": {"title": "t"}}}, "/data/attributes/customer_impacted"),
        (
            {"data": {"type": "incidents", "attributes": {"title": 5, "customer_impacted": False}}},
            "/data/attributes/title",
        ),
        ({"data": {"type": "nope", "attributes": {"title": "t", "customer_impacted": False}}}, "/data/type"),
    ],
    ids=["missing", "wrong-type", "bad-enum"],
)
def test_invalid_body_gets_400_pointing_at_the_field(fake: FakeDatadog, body: Any, pointer: str) -> None:
    with raw_client(fake) as http:
        response = http.post("/api/v2/incidents", json=body)
    assert response.status_code == 400
    # The Incidents pages document plain-string error bodies: the message names the field.
    (error,) = response.json()["errors"]
    assert isinstance(error, str)
    assert pointer.rsplit("/", 1)[-1] in error


def test_invalid_query_parameter_names_it(fake: FakeDatadog) -> None:
    with raw_client(fake) as http:
        response = http.get("/api/v2/incidents", params={"page[size]": "101"})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert isinstance(error, str)
    assert "'page[size]'" in error


def test_unknown_id_is_404_through_the_sdk(fake: FakeDatadog) -> None:
    with fake.sync_client() as client, pytest.raises(NotFoundError) as caught:
        get_incident.sync("no-such-id", client=client)
    assert caught.value.status_code == 404


def test_deleting_an_incident_removes_what_lives_under_it(fake: FakeDatadog) -> None:
    world = build_world(fake)
    incident = world.ids["incident_id"]
    with raw_client(fake) as http:
        assert http.delete(f"/api/v2/incidents/{incident}").status_code == 204
        for child in ("relationships/todos", "relationships/integrations", "attachments"):
            assert http.get(f"/api/v2/incidents/{incident}/{child}").status_code == 404
    assert fake.state.todos == {}
    assert fake.state.integrations == {}


def test_publish_and_unpublish_change_what_get_app_reports(fake: FakeDatadog) -> None:
    app = build_world(fake).ids["app_id"]
    with raw_client(fake) as http:
        assert "deployment" not in http.get(f"/api/v2/app-builder/apps/{app}").json()["relationship"]
        version = post(http, f"/api/v2/app-builder/apps/{app}/deployment", {})["data"]["attributes"]["app_version_id"]
        shown = http.get(f"/api/v2/app-builder/apps/{app}").json()
        assert shown["included"][0]["attributes"]["app_version_id"] == version
        assert http.delete(f"/api/v2/app-builder/apps/{app}/deployment").status_code == 200
        shown = http.get(f"/api/v2/app-builder/apps/{app}").json()
        assert shown["included"][0]["attributes"]["app_version_id"] == "00000000-0000-0000-0000-000000000000"
        assert http.get(f"/api/v2/app-builder/apps/{app}", params={"version": "deployed"}).status_code == 404


def test_action_connection_update_applies_field_by_field(fake: FakeDatadog) -> None:
    connection = build_world(fake).ids["connection_id"]
    with raw_client(fake) as http:
        patch = {
            "data": {
                "type": "action_connection",
                "attributes": {"integration": {"type": "AWS", "credentials": {"type": "AWSAssumeRole", "role": "new"}}},
            }
        }
        updated = post(http, f"/api/v2/actions/connections/{connection}", patch, method="PATCH")
    attributes = updated["data"]["attributes"]
    assert attributes["name"] == "aws"
    assert attributes["integration"]["credentials"]["role"] == "new"
    assert attributes["integration"]["credentials"]["account_id"] == "123456789012"


@pytest.mark.parametrize("count", [0, 100, 250])
async def test_paginate_stops_exactly_at_the_last_page(fake: FakeDatadog, count: int) -> None:
    with raw_client(fake) as http:
        for _ in range(count):
            post(http, "/api/v2/incidents", INCIDENT)
    async with fake.client() as client:
        items = [item async for item in paginate(list_incidents, client=client, page_size=50)]
    assert len(items) == count
    assert len(fake.calls_to("list_incidents")) == max(1, -(-count // 50))


def test_list_apps_filters_and_page_totals(fake: FakeDatadog) -> None:
    with raw_client(fake) as http:
        for name in ("alpha", "beta", "alphabet"):
            post(http, "/api/v2/app-builder/apps", {"data": {"type": "appDefinitions", "attributes": {"name": name}}})
        page = http.get(
            "/api/v2/app-builder/apps", params={"filter[name]": "alpha", "limit": 1, "sort": "-name"}
        ).json()
    assert [a["attributes"]["name"] for a in page["data"]] == ["alphabet"]
    assert page["meta"]["page"] == {"totalCount": 3, "totalFilteredCount": 2}
    with fake.sync_client() as client:
        assert len(list(paginate(list_apps, client=client, limit=2))) == 3


@pytest.mark.parametrize(
    ("faults", "error", "attempts"),
    [
        (Faults(rate_limit=1.0, rate_limit_reset=0.01), RateLimitError, 3),
        (Faults(server_error=1.0), ServerError, 1),
        (Faults(drop=1.0), ApiConnectionError, 1),
    ],
    ids=["429", "5xx", "drop"],
)
def test_faults_reach_the_sdk_as_typed_errors(faults: Faults, error: type[Exception], attempts: int) -> None:
    fake = FakeDatadog(faults=faults)
    # 429: production retries (two) after the short reset the fake announces; 5xx and drop: retries off,
    # a visible argument, since their backoff is the production one.
    with fake.sync_client(max_retries=2 if attempts > 1 else 0) as client, pytest.raises(error):
        list_incidents.sync(client=client)
    assert len(fake.calls_to("list_incidents")) == attempts


def test_rate_limit_headers_and_scoping() -> None:
    fake = FakeDatadog(faults=Faults(rate_limit=1.0, operations=frozenset({"list_incidents"}), rate_limit_reset=7))
    with raw_client(fake) as http:
        limited = http.get("/api/v2/incidents")
        assert http.get("/api/v2/app-builder/apps").status_code == 200
    assert limited.status_code == 429
    assert limited.headers["X-RateLimit-Reset"] == "7"
    assert limited.headers["X-RateLimit-Name"] == "list_incidents"


def test_fault_limit_then_retry_succeeds() -> None:
    fake = FakeDatadog(faults=Faults(rate_limit=1.0, rate_limit_reset=0.01, limit=1))
    with fake.sync_client() as client:
        assert list_incidents.sync(client=client).data == []
    assert [c.status for c in fake.calls] == [429, 200]


async def test_latency_is_added() -> None:
    fake = FakeDatadog(faults=Faults(latency=0.05))
    started = time.perf_counter()
    async with fake.client() as client:
        await list_incidents.asyncio(client=client)
    assert time.perf_counter() - started >= 0.05


def test_instances_do_not_share_state() -> None:
    first, second = FakeDatadog(), FakeDatadog()
    build_world(first)
    assert first.state.incidents
    assert not second.state.incidents


async def test_asgi_app_serves_the_same_api() -> None:
    fake = FakeDatadog()
    transport = httpx.ASGITransport(app=fake)
    async with httpx.AsyncClient(transport=transport, base_url="http://fake", headers=KEYS) as http:
        created = await http.post("/api/v2/incidents", json=INCIDENT)
        listed = await http.get("/api/v2/incidents")
        missing = await http.get("/api/v2/nothing-here")
    assert created.status_code == 201
    assert [i["id"] for i in listed.json()["data"]] == [created.json()["data"]["id"]]
    assert missing.status_code == 404


def test_concurrent_sync_and_async_use() -> None:
    fake = FakeDatadog()

    async def burst() -> None:
        async with fake.client() as client:
            await asyncio.gather(*(list_incidents.asyncio(client=client) for _ in range(20)))

    asyncio.run(burst())
    with fake.sync_client() as client:
        list_incidents.sync(client=client)
    assert len(fake.calls_to("list_incidents")) == 21


async def test_unknown_query_parameters_are_refused_naming_them() -> None:
    transport = httpx.ASGITransport(app=FakeDatadog())
    async with httpx.AsyncClient(transport=transport, base_url="http://fake") as http:
        response = await http.get("/api/v2/app-builder/apps", params={"limt": "5"}, headers=KEYS)
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["source"] == {"parameter": "limt"}
