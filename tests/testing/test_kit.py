"""The fake as a test kit: production-like clients, recorded calls, scripted faults and controlled time."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import pytest
from datadog_async import (
    UNSTABLE_OPERATIONS,
    DatadogClient,
    ForbiddenError,
    RateLimitError,
    ServerError,
    UnstableOperationError,
)
from datadog_async.api.incidents import create_incident, get_incident, list_incidents, update_incident
from datadog_async.models import (
    IncidentCreateAttributes,
    IncidentCreateData,
    IncidentCreateRequest,
    IncidentResponseAttributes,
    IncidentUpdateAttributes,
    IncidentUpdateData,
    IncidentUpdateRequest,
)
from datadog_async.testing import FAKE_API_KEY, FAKE_APP_KEY, FakeClock, FakeDatadog, Fault, Faults

BODY = IncidentCreateRequest(
    data=IncidentCreateData(type_="incidents", attributes=IncidentCreateAttributes(title="t", customer_impacted=False))
)


# -- the clients ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["client", "sync_client"])
def test_the_fake_client_has_the_production_retries_and_timeouts(flavour: str) -> None:
    production = DatadogClient(api_key="k", app_key="a")
    client = getattr(FakeDatadog(), flavour)()
    assert client.retry_policy == production.retry_policy
    assert client._timeout == production._timeout  # no public view of the timeout yet
    assert client.unstable_operations == UNSTABLE_OPERATIONS


def test_what_the_fake_client_changes_are_visible_arguments() -> None:
    fake = FakeDatadog(api_key="mine", app_key="also-mine")
    client = fake.client(unstable_operations=(), max_retries=0, timeout=3)
    assert client.unstable_operations == frozenset()
    assert client.retry_policy.max_retries == 0
    with pytest.raises(UnstableOperationError):
        list_incidents.sync(client=fake.sync_client(unstable_operations=()))
    with fake.sync_client() as keyed:  # the fake's own keys by default
        list_incidents.sync(client=keyed)
    with fake.sync_client(api_key="wrong") as wrong, pytest.raises(ForbiddenError, match="Invalid DD-API-KEY"):
        list_incidents.sync(client=wrong)


def test_the_fake_client_refuses_another_transport() -> None:
    with pytest.raises(ValueError, match="transport"):
        FakeDatadog().client(httpx_args={"transport": object()})


# -- recorded calls ------------------------------------------------------------------------------------------


def test_a_recorded_call_holds_what_was_sent_and_answered() -> None:
    fake = FakeDatadog(seed=1)
    with fake.sync_client(headers={"X-Team": "ops"}) as client:
        created = create_incident.sync(client=client, body=BODY)
        list_incidents.sync(client=client, page_size=5, include=["users"])
    post = fake.last_call("create_incident")
    assert (post.method, post.path, post.status) == ("POST", "/api/v2/incidents", 201)
    assert post.json() == {"data": {"type": "incidents", "attributes": {"title": "t", "customer_impacted": False}}}
    assert post.response["data"]["id"] == created.data.id
    assert post.headers["x-team"] == "ops"
    assert post.headers["content-type"] == "application/json"
    get = fake.last_call()
    assert get.operation == "list_incidents"
    assert get.query == {"page[size]": "5", "include": "users"}
    assert get.body is None
    with pytest.raises(AssertionError, match="no body"):
        get.json()
    for call in fake.calls:
        assert not {"dd-api-key", "dd-application-key"} & call.headers.keys()
        assert FAKE_API_KEY not in repr(call)
        assert FAKE_APP_KEY not in repr(call)


def test_path_parameters_and_repeated_query_names_are_kept() -> None:
    fake = FakeDatadog()
    with fake.sync_client() as client:
        incident = create_incident.sync(client=client, body=BODY).data.id
        get_incident.sync(incident, client=client)
    assert fake.last_call("get_incident").path_params == {"incident_id": incident}
    from testing.fake_world import raw_client

    with raw_client(fake) as http:
        http.get("/api/v2/incidents", params=[("include", "users"), ("include", "attachments")])
    last = fake.last_call("list_incidents")
    assert last.query == {"include": ["users", "attachments"]}
    assert last.query_items == (("include", "users"), ("include", "attachments"))


def test_last_call_says_what_was_called_when_nothing_matches() -> None:
    fake = FakeDatadog()
    with pytest.raises(AssertionError, match="calls so far: none"):
        fake.last_call()
    with fake.sync_client() as client:
        list_incidents.sync(client=client)
    with pytest.raises(AssertionError, match="No call to get_incident was made; calls so far: list_incidents"):
        fake.last_call("get_incident")
    with pytest.raises(ValueError, match="Unknown operation 'list_incidnets'"):
        fake.calls_to("list_incidnets")


# -- scripted faults -----------------------------------------------------------------------------------------


async def test_the_second_call_answers_503_then_429_then_serves() -> None:
    fake = FakeDatadog()
    fake.script("list_incidents", Fault.serve(), Fault.status(503), Fault.rate_limit(reset=1))
    async with fake.client(max_retries=0) as client:  # retries off (visibly): each fault reaches the test
        await list_incidents.asyncio(client=client)
        with pytest.raises(ServerError) as server_error:
            await list_incidents.asyncio(client=client)
        with pytest.raises(RateLimitError) as rate_limited:
            await list_incidents.asyncio(client=client)
        await list_incidents.asyncio(client=client)
    assert server_error.value.status_code == 503
    assert rate_limited.value.reset == 1
    assert [c.status for c in fake.calls_to("list_incidents")] == [200, 503, 429, 200]
    assert fake.pending_script() == {}


def test_a_429_wait_takes_what_the_fake_announces() -> None:
    """The SDK waits X-RateLimit-Reset seconds, as in production; the fake says 0.01, so the test is fast.
    (The duration itself is not asserted: timings belong to `make bench`.)"""
    fake = FakeDatadog()
    fake.script("create_incident", Fault.rate_limit(reset=0.01), Fault.rate_limit(reset=0))
    with fake.sync_client() as client:
        create_incident.sync(client=client, body=BODY)
    calls = fake.calls_to("create_incident")
    assert [c.status for c in calls] == [429, 429, 201]
    assert [c.response_headers.get("X-RateLimit-Reset") for c in calls[:2]] == ["0.01", "0"]
    assert len(fake.state.incidents) == 1


def test_a_scripted_status_carries_its_detail_and_only_hits_its_operation() -> None:
    fake = FakeDatadog()
    fake.script("get_incident", Fault.status(404, "gone for the test"))
    with fake.sync_client() as client:
        list_incidents.sync(client=client)
        with pytest.raises(Exception, match="gone for the test"):
            get_incident.sync("any", client=client)
    assert fake.pending_script() == {}


def test_scripted_answers_come_before_random_faults_and_drop_and_delay_work() -> None:
    fake = FakeDatadog(faults=Faults(server_error=1.0))
    fake.script("list_incidents", Fault.serve(delay=0.01), Fault.drop())
    with fake.sync_client(max_retries=0) as client:
        assert list_incidents.sync(client=client).data == []
        with pytest.raises(Exception, match="disconnected"):
            list_incidents.sync(client=client)
        with pytest.raises(ServerError):
            list_incidents.sync(client=client)
    assert [c.status for c in fake.calls] == [200, 0, 503]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Fault.status(200), "400 to 599"),
        (lambda: Fault.rate_limit(reset=-1), "reset must be a finite number"),
        (lambda: Fault.serve(delay=float("inf")), "delay must be a finite number"),
    ],
    ids=["ok-status", "negative-reset", "infinite-delay"],
)
def test_bad_scripted_answers_are_refused_naming_the_argument(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def test_a_script_takes_faults_for_known_operations_only() -> None:
    fake = FakeDatadog()
    with pytest.raises(ValueError, match="Unknown operation 'list_incident'"):
        fake.script("list_incident", Fault.drop())
    with pytest.raises(TypeError, match="answer 1 is a int, not a Fault"):
        fake.script("list_incidents", 503)  # type: ignore[arg-type]
    fake.script("list_incidents", Fault.drop(), Fault.drop())
    assert fake.pending_script() == {"list_incidents": 2}
    fake.reset()
    assert fake.pending_script() == {}


# -- controlled time -----------------------------------------------------------------------------------------


def test_the_fake_clock_stamps_resources_and_moves_when_told() -> None:
    clock = FakeClock("2024-05-01T09:00:00Z")
    fake = FakeDatadog(clock=clock)
    assert fake.clock is clock
    with fake.sync_client() as client:
        incident = create_incident.sync(client=client, body=BODY).data
        clock.advance(minutes=5, seconds=1.5)
        updated = update_incident.sync(
            incident.id,
            client=client,
            body=IncidentUpdateRequest(
                data=IncidentUpdateData(id=incident.id, type_="incidents", attributes=IncidentUpdateAttributes())
            ),
        ).data
    assert isinstance(incident.attributes, IncidentResponseAttributes)
    assert isinstance(updated.attributes, IncidentResponseAttributes)
    assert incident.attributes.created == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    assert updated.attributes.modified == datetime(2024, 5, 1, 9, 5, 1, 500000, tzinfo=UTC)
    assert updated.attributes.created == incident.attributes.created


def test_the_fake_clock_refuses_ambiguous_or_backward_time() -> None:
    clock = FakeClock(datetime(2024, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="timezone"):
        FakeClock("2024-01-01T00:00:00")
    with pytest.raises(ValueError, match="only moves forward"):
        clock.advance(-1)
    clock.set("2023-01-01T00:00:00+02:00")
    assert clock() == datetime(2022, 12, 31, 22, tzinfo=UTC)


def test_the_default_clock_is_the_real_time() -> None:
    before = datetime.now(UTC)
    stamped = FakeDatadog().clock()
    assert before <= stamped <= datetime.now(UTC)


def test_random_faults_use_a_fractional_reset() -> None:
    fake = FakeDatadog(faults=Faults(rate_limit=1.0, rate_limit_reset=0.01, limit=2))

    async def run() -> None:
        async with fake.client() as client:
            await list_incidents.asyncio(client=client)

    started = time.monotonic()
    asyncio.run(run())
    assert time.monotonic() - started < 30  # a sanity bound, not a timing assertion: 2 x 0.01 s waited
    assert [c.status for c in fake.calls] == [429, 429, 200]
    with pytest.raises(ValueError, match="rate_limit_reset"):
        Faults(rate_limit_reset=-1)
