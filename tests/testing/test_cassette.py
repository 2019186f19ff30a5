"""Record and replay: traffic recorded over a real socket (the fake served by uvicorn, standing in for
Datadog) with every secret scrubbed, then replayed through the same transport with no server at all."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from datadog_async import UNSTABLE_OPERATIONS, AsyncDatadogClient, DatadogClient, NotFoundError
from datadog_async.api.action_connection import create_action_connection, get_action_connection
from datadog_async.api.incidents import create_incident, get_incident, list_incidents
from datadog_async.models import ActionConnectionCreateRequest, IncidentCreateRequest
from datadog_async.testing import CassetteMiss, RecordingTransport, ReplayTransport

API_KEY = "planted-api-key-5b1f"
APP_KEY = "planted-app-key-9c2e"
TOKEN = "planted-token-value-77aa"
INCIDENT = IncidentCreateRequest.from_dict(
    {"data": {"type": "incidents", "attributes": {"title": "Recorded", "customer_impacted": False}}}
)
CONNECTION = ActionConnectionCreateRequest.from_dict(
    {
        "data": {
            "type": "action_connection",
            "attributes": {
                "name": "webhook",
                "integration": {
                    "type": "HTTP",
                    "base_url": "https://hooks.example.com",
                    "credentials": {
                        "type": "HTTPTokenAuth",
                        "tokens": [{"name": "bearer", "type": "SECRET", "value": TOKEN}],
                    },
                },
            },
        }
    }
)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The fake on a free loopback port, requiring the planted keys (as Datadog would)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "datadog_async.testing", "--port", "0", "--api-key", API_KEY, "--app-key", APP_KEY],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert "listening on " in line, line
        yield line.split("listening on ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def record_session(base_url: str, cassette: Path) -> dict[str, Any]:
    """What a user's code does against Datadog, recorded; returns what it saw."""
    transport = RecordingTransport(cassette, secrets=["hooks.example.com"])
    with DatadogClient(
        base_url=base_url,
        api_key=API_KEY,
        app_key=APP_KEY,
        unstable_operations=UNSTABLE_OPERATIONS,
        httpx_args={"transport": transport},
    ) as client:
        incident = create_incident.sync(client=client, body=INCIDENT).data.id
        seen = {
            "incident": get_incident.sync(incident, client=client).to_dict(),
            "listed": [i.id for i in list_incidents.sync(client=client, page_size=5).data],
            "connection": create_action_connection.sync(client=client, body=CONNECTION).to_dict(),
        }
        with pytest.raises(NotFoundError):
            get_incident.sync("00000000-0000-4000-8000-000000000000", client=client)
    return {"incident_id": incident, **seen}


def replay_args(cassette: Path) -> tuple[dict[str, Any], ReplayTransport]:
    transport = ReplayTransport(cassette, secrets=["hooks.example.com"])
    args: dict[str, Any] = {
        "base_url": "https://api.datadoghq.com",  # never reached: the transport answers
        "api_key": API_KEY,  # the same keys in the test: scrubbed on both sides, so requests still match
        "app_key": APP_KEY,
        "unstable_operations": UNSTABLE_OPERATIONS,
        "httpx_args": {"transport": transport},
    }
    return args, transport


def test_a_recording_holds_no_secret_and_replays_the_same_answers(server: str, tmp_path: Path) -> None:
    cassette = tmp_path / "session.json"
    seen = record_session(server, cassette)
    text = cassette.read_text()
    for secret in (API_KEY, APP_KEY, TOKEN, "hooks.example.com"):
        assert secret not in text
    document = json.loads(text)
    assert [i["request"]["method"] for i in document["interactions"]] == ["POST", "GET", "GET", "POST", "GET"]
    token = document["interactions"][3]["request"]["body"]["json"]["data"]["attributes"]["integration"]
    assert token["credentials"]["tokens"][0] == {"name": "bearer", "type": "SECRET", "value": "<scrubbed>"}
    assert document["interactions"][4]["response"]["status"] == 404

    args, transport = replay_args(cassette)
    with DatadogClient(**args) as client:
        incident = create_incident.sync(client=client, body=INCIDENT).data.id
        assert incident == seen["incident_id"]
        assert get_incident.sync(incident, client=client).to_dict() == seen["incident"]
        assert [i.id for i in list_incidents.sync(client=client, page_size=5).data] == seen["listed"]
        replayed = create_action_connection.sync(client=client, body=CONNECTION).to_dict()
        with pytest.raises(NotFoundError):
            get_incident.sync("00000000-0000-4000-8000-000000000000", client=client)
    assert replayed["data"]["id"] == seen["connection"]["data"]["id"]
    assert transport.unused() == []


async def test_replay_serves_the_async_functions_and_names_a_missing_request(server: str, tmp_path: Path) -> None:
    cassette = tmp_path / "session.json"
    await asyncio.to_thread(record_session, server, cassette)
    args, transport = replay_args(cassette)
    async with AsyncDatadogClient(**args) as client:
        incident = (await create_incident.asyncio(client=client, body=INCIDENT)).data.id
        await get_incident.asyncio(incident, client=client)
        with pytest.raises(CassetteMiss, match=r"no answer for GET /api/v2/incidents .*page\[size\]', '7'"):
            await list_incidents.asyncio(client=client, page_size=7)
        with pytest.raises(CassetteMiss, match="no answer for GET /api/v2/actions/connections/"):
            await get_action_connection.asyncio("00000000-0000-4000-8000-000000000001", client=client)
    assert transport.unused() == [
        "GET /api/v2/incidents",
        "POST /api/v2/actions/connections",
        "GET /api/v2/incidents/00000000-0000-4000-8000-000000000000",
    ]


async def test_recording_works_for_the_async_client_too(server: str, tmp_path: Path) -> None:
    cassette = tmp_path / "async.json"
    async with AsyncDatadogClient(
        base_url=server,
        api_key=API_KEY,
        app_key=APP_KEY,
        unstable_operations=UNSTABLE_OPERATIONS,
        httpx_args={"transport": RecordingTransport(cassette)},
    ) as client:
        await asyncio.gather(*(list_incidents.asyncio(client=client) for _ in range(3)))
    interactions = json.loads(cassette.read_text())["interactions"]
    assert [i["response"]["status"] for i in interactions] == [200, 200, 200]
    assert API_KEY not in cassette.read_text()


def test_a_file_that_is_not_a_cassette_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"interactions": []}')
    with pytest.raises(ValueError, match="not a cassette of format version 1"):
        ReplayTransport(path)
    with pytest.raises(TypeError, match="collection of strings"):
        RecordingTransport(path, secrets="one-secret")
