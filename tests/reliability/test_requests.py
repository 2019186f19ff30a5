"""Bad request arguments fail before a byte is sent, with a message naming the argument; transport defaults."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from datadog_async import AsyncDatadogClient, DatadogClient, paginate
from datadog_async.api.action_connection import create_action_connection, get_action_connection
from datadog_async.api.app_builder import list_apps
from datadog_async.api.incidents import list_incidents, search_incidents
from datadog_async.models import ActionConnectionCreateRequest
from reliability.rawserver import RawServer, Script, json_response
from reliability.support import CONNECTION, CREATE_BODY, SECRET_API, SECRET_APP, httpcore_pools, planted_client


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    with RawServer(Script(json_response(200, CONNECTION))) as running:
        yield running


@pytest.fixture
def client(server: RawServer) -> Iterator[DatadogClient]:
    with planted_client(server.base_url) as opened:
        yield opened


Call = Callable[[DatadogClient], Any]

REFUSED: list[tuple[str, Call, type[Exception], str]] = [
    ("page_size above the maximum", lambda c: list_incidents.sync(client=c, page_size=101), ValueError, "page_size"),
    ("page_size below the minimum", lambda c: list_incidents.sync(client=c, page_size=-1), ValueError, "page_size"),
    ("page_size of the wrong type", lambda c: list_incidents.sync(client=c, page_size="10"), TypeError, "page_size"),  # type: ignore[arg-type]
    ("search page_size above the maximum", lambda c: search_incidents.sync(client=c, query="state:active",
     page_size=1_000), ValueError, "page_size"),
    ("paginate page_size above the maximum", lambda c: list(paginate(list_incidents, client=c, page_size=101)),
     ValueError, "page_size"),
    ("a missing path argument", lambda c: get_action_connection.sync(client=c), TypeError, "connection_id"),  # type: ignore[call-arg]
    ("a missing body", lambda c: create_action_connection.sync(client=c), TypeError, "body"),  # type: ignore[call-arg]
    ("a misspelt argument", lambda c: list_incidents.sync(client=c, page_sise=10), TypeError, "page_sise"),  # type: ignore[call-arg]
]  # fmt: skip


@pytest.mark.parametrize(("case", "call", "error", "named"), REFUSED, ids=[case[0] for case in REFUSED])
def test_bad_arguments_fail_before_sending_and_name_the_argument(
    server: RawServer, client: DatadogClient, case: str, call: Call, error: type[Exception], named: str
) -> None:
    sent = len(server.requests)
    with pytest.raises(error, match=named):
        call(client)
    assert len(server.requests) == sent


async def test_bad_arguments_fail_before_sending_in_async_calls_too(server: RawServer) -> None:
    async with planted_client(server.base_url, mode="async") as client:
        sent = len(server.requests)
        with pytest.raises(ValueError, match="page_size"):
            await list_incidents.asyncio(client=client, page_size=101)
        with pytest.raises(ValueError, match="page_size"):
            [item async for item in paginate(list_incidents, client=client, page_size=101)]
        assert len(server.requests) == sent


WRONG_TYPES: list[tuple[str, Call, str]] = [
    ("a dict where the body model is due", lambda c: create_action_connection.sync(client=c, body=CREATE_BODY),  # type: ignore[arg-type]
     "body must be a datadog_async.models.ActionConnectionCreateRequest, not dict"),
    ("a str where the include list is due", lambda c: list_incidents.sync(client=c, include="users"),  # type: ignore[arg-type]
     "include must be a list"),
    ("a str for an unbounded integer", lambda c: list_apps.sync(client=c, limit="ten"), "limit must be an int"),  # type: ignore[arg-type]
]  # fmt: skip


@pytest.mark.parametrize(("case", "call", "named"), WRONG_TYPES, ids=[case[0] for case in WRONG_TYPES])
def test_wrong_types_fail_before_sending_naming_the_argument(
    server: RawServer, client: DatadogClient, case: str, call: Call, named: str
) -> None:
    sent = len(server.requests)
    with pytest.raises(TypeError, match=named):
        call(client)
    assert len(server.requests) == sent


@pytest.mark.xfail(
    strict=True, reason="request models do not type-check their fields (README, Reliability: known limits)"
)
def test_a_wrong_type_inside_a_body_model_names_the_field(server: RawServer, client: DatadogClient) -> None:
    sent = len(server.requests)
    with pytest.raises(TypeError, match="data"):
        create_action_connection.sync(client=client, body=ActionConnectionCreateRequest(data="oops"))  # type: ignore[arg-type]
    assert len(server.requests) == sent


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_tls_verification_is_on_by_default(mode: str) -> None:
    if mode == "sync":
        with DatadogClient(api_key=SECRET_API, app_key=SECRET_APP) as client:
            assert client.base_url.startswith("https://")
            contexts = _ssl_contexts(client._pool.client._transport)  # type: ignore[union-attr]
    else:
        async with AsyncDatadogClient(api_key=SECRET_API, app_key=SECRET_APP) as aclient:
            assert aclient.base_url.startswith("https://")
            contexts = _ssl_contexts(aclient._pool.client._transport)  # type: ignore[union-attr]
    assert contexts, "no TLS context found in the pool"
    for context in contexts:
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True


def _ssl_contexts(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> list[ssl.SSLContext]:
    return [pool._ssl_context for pool in httpcore_pools(transport)]
