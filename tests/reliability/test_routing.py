"""Where requests go, on real sockets: redirects (the keys only to the base URL's origin, never from https to
http), proxies from the environment (the sync and async clients alike), the user's event hooks next to the
SDK's redirect guard, and connection limits as a total."""

from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from datadog_async import InsecureRedirectError
from datadog_async._redirects import origin
from datadog_async._sharded import ShardedTransport
from datadog_async.api.action_connection import get_action_connection
from reliability.rawserver import Action, RawRequest, RawServer, Respond, json_response, tls_contexts
from reliability.support import (
    CONNECTION,
    MODES,
    SECRETS,
    Mode,
    assert_no_secret,
    busy_connections,
    exception_texts,
    httpcore_pools,
    ident_of,
    planted_client,
)

PLANTED_AUTH = "Bearer planted-authorization-9b1d"


def echo(request: RawRequest) -> Action:
    """A get_action_connection answered with the id asked for (the last path segment)."""
    body = copy.deepcopy(CONNECTION)
    body["data"]["id"] = request.path.rsplit("/", 1)[1]
    if body["data"]["id"].startswith("slow"):
        return Respond(200, json.dumps(body).encode(), [("Content-Type", "application/json")], delay=0.3)
    return json_response(200, body)


def redirecting(location: str) -> Callable[[RawRequest], Action]:
    """Redirect ``.../moved`` to ``location``; answer anything else like ``echo``."""

    def handler(request: RawRequest) -> Action:
        if request.path.endswith("/moved"):
            return Respond(302, b"", [("Location", location)])
        return echo(request)

    return handler


def get(mode: Mode, client: Any, ident: str) -> str:
    """One get_action_connection through the sync or the async function; the client is closed afterwards."""
    if mode == "sync":
        with client:
            return ident_of(get_action_connection.sync(ident, client=client))

    async def run() -> str:
        async with client:
            return ident_of(await get_action_connection.asyncio(ident, client=client))

    return asyncio.run(asyncio.wait_for(run(), 10))


def hooks(mode: Mode, log: list[str]) -> dict[str, list[Any]]:
    """User event hooks that log every request and response and add an Authorization header to each request."""

    def on_request(request: httpx.Request) -> None:
        log.append(f"request {request.url.port}")
        request.headers["Authorization"] = PLANTED_AUTH

    def on_response(response: httpx.Response) -> None:
        log.append(f"response {response.status_code}")

    if mode == "sync":
        return {"request": [on_request], "response": [on_response]}

    async def on_request_async(request: httpx.Request) -> None:
        on_request(request)

    async def on_response_async(response: httpx.Response) -> None:
        on_response(response)

    return {"request": [on_request_async], "response": [on_response_async]}


# -- redirects -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["http", "https"])
@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_to_another_origin_drops_the_keys_and_authorization_after_the_users_hooks(
    mode: Mode, scheme: str
) -> None:
    server_tls, client_tls = tls_contexts() if scheme == "https" else (None, None)
    with (
        RawServer(echo, tls=server_tls) as other,
        RawServer(redirecting(f"{other.base_url}/api/v2/actions/connections/landed"), tls=server_tls) as api,
    ):
        log: list[str] = []
        args: dict[str, Any] = {"follow_redirects": True, "event_hooks": hooks(mode, log)}
        if client_tls is not None:
            args["verify"] = client_tls
        assert get(mode, planted_client(api.base_url, mode=mode, httpx_args=args), "moved") == "landed"
    # Another port is another origin: the redirected request carries neither key nor Authorization, though
    # the user's hook set Authorization on it (the SDK's guard runs after the user's hooks).
    (first,) = api.requests
    (redirected,) = other.requests
    assert first.headers["dd-api-key"] in SECRETS
    assert first.headers["authorization"] == PLANTED_AUTH
    assert "dd-api-key" not in redirected.headers
    assert "dd-application-key" not in redirected.headers
    assert "authorization" not in redirected.headers
    assert not any(secret.encode() in redirected.raw for secret in (*SECRETS, PLANTED_AUTH))
    assert log == [f"request {api.port}", "response 302", f"request {other.port}", "response 200"]


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_within_the_origin_keeps_the_keys(mode: Mode) -> None:
    with RawServer(redirecting("/api/v2/actions/connections/landed")) as api:
        client = planted_client(api.base_url, mode=mode, httpx_args={"follow_redirects": True})
        assert get(mode, client, "moved") == "landed"
    assert [request.path.rsplit("/", 1)[1] for request in api.requests] == ["moved", "landed"]
    assert all(request.headers["dd-api-key"] in SECRETS for request in api.requests)
    assert all(request.headers["dd-application-key"] in SECRETS for request in api.requests)


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_from_https_to_http_is_refused_before_sending(mode: Mode) -> None:
    server_tls, client_tls = tls_contexts()
    with (
        RawServer(echo) as plain,
        RawServer(redirecting(f"{plain.base_url}/api/v2/actions/connections/landed"), tls=server_tls) as api,
    ):
        client = planted_client(api.base_url, mode=mode, httpx_args={"follow_redirects": True, "verify": client_tls})
        with pytest.raises(InsecureRedirectError, match="from https to http") as caught:
            get(mode, client, "moved")
        assert plain.requests == []  # nothing reached the plain-http server, keys or not
        assert len(api.requests) == 1
        assert busy_connections(client, mode) == 0  # the 302 was read and its connection released
        assert api.wait_until_closed() == 0
    assert_no_secret(exception_texts(caught.value), "an InsecureRedirectError")


def test_an_origin_is_scheme_host_and_port_with_default_ports_made_explicit() -> None:
    assert origin(httpx.URL("https://api.datadoghq.com/x")) == origin(httpx.URL("https://api.datadoghq.com:443/y"))
    assert origin(httpx.URL("https://api.datadoghq.com")) != origin(httpx.URL("https://api.datadoghq.com:8443"))
    assert origin(httpx.URL("https://api.datadoghq.com")) != origin(httpx.URL("http://api.datadoghq.com"))
    assert origin(httpx.URL("https://api.datadoghq.com")) != origin(httpx.URL("https://api.datadoghq.eu"))


# -- proxies ---------------------------------------------------------------------------------------------------

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The proxy variables cleared (both cases), whatever the machine running the tests has set."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


@pytest.fixture
def servers() -> Iterator[tuple[RawServer, RawServer]]:
    """An API server and a forward proxy (which answers absolute-form requests itself)."""
    with RawServer(echo) as api, RawServer(echo) as proxy:
        yield api, proxy


@pytest.mark.parametrize("mode", MODES)
def test_http_proxy_from_the_environment_is_used_by_sync_and_async_alike(
    mode: Mode, environment: pytest.MonkeyPatch, servers: tuple[RawServer, RawServer]
) -> None:
    api, proxy = servers
    environment.setenv("HTTP_PROXY", proxy.base_url)
    assert get(mode, planted_client(api.base_url, mode=mode), "via-proxy") == "via-proxy"
    assert api.requests == []
    (request,) = proxy.requests
    assert request.target == f"{api.base_url}/api/v2/actions/connections/via-proxy"  # absolute form: proxied
    assert request.headers["dd-api-key"] in SECRETS


@pytest.mark.parametrize(
    ("setting", "value"), [("NO_PROXY", "127.0.0.1"), ("NO_PROXY", "*"), ("trust_env", False)], ids=str
)
@pytest.mark.parametrize("mode", MODES)
def test_no_proxy_and_trust_env_false_go_direct_in_sync_and_async_alike(
    mode: Mode, setting: str, value: Any, environment: pytest.MonkeyPatch, servers: tuple[RawServer, RawServer]
) -> None:
    api, proxy = servers
    environment.setenv("HTTP_PROXY", proxy.base_url)
    args: dict[str, Any] = {}
    if setting == "trust_env":
        args["trust_env"] = value
    else:
        environment.setenv(setting, value)
    assert get(mode, planted_client(api.base_url, mode=mode, httpx_args=args), "direct") == "direct"
    assert proxy.requests == []
    assert [request.target for request in api.requests] == ["/api/v2/actions/connections/direct"]


ROUTED_URLS = [
    "https://api.datadoghq.com/api/v2/incidents",
    "https://api.datadoghq.eu/api/v2/incidents",
    "http://127.0.0.1:8126/api/v2/incidents",
    "https://internal.example/api",
    "https://x.corp.example/api",
    "https://corp.example/api",
    "http://10.0.0.1/api",
    "http://localhost:8126/api",
]


def _route(client: httpx.Client | httpx.AsyncClient, url: str) -> str | None:
    """The proxy a request to ``url`` would go through (None: direct)."""
    transport = client._transport_for_url(httpx.URL(url))
    if transport is client._transport:
        return None
    proxies = {
        f"{url.scheme.decode()}://{url.host.decode()}:{url.port}"
        for url in (pool._proxy_url for pool in httpcore_pools(transport))
    }
    (proxy,) = proxies
    return proxy


def test_the_async_client_routes_every_url_as_httpx_itself_would(environment: pytest.MonkeyPatch) -> None:
    """HTTPS_PROXY (a CONNECT tunnel) and NO_PROXY patterns: the same route as a plain httpx client for each URL,
    for both clients, and the proxied routes of the async client keep its sharded pools."""
    environment.setenv("HTTPS_PROXY", "http://tls-proxy.example:3128")
    environment.setenv("HTTP_PROXY", "http://plain-proxy.example:8080")
    environment.setenv("NO_PROXY", "internal.example,.corp.example,10.0.0.1,localhost")
    sync_sdk = planted_client("https://api.datadoghq.com", mode="sync")
    async_sdk = planted_client("https://api.datadoghq.com", mode="async")

    async def routes() -> list[tuple[str | None, str | None]]:
        async with async_sdk, httpx.AsyncClient() as plain:
            mounts = [t for t in async_sdk._pool.client._mounts.values() if t is not None]
            assert mounts
            assert all(isinstance(t, ShardedTransport) for t in mounts)
            return [(_route(async_sdk._pool.client, url), _route(plain, url)) for url in ROUTED_URLS]

    with sync_sdk, httpx.Client() as plain_sync:
        sync_routes = [(_route(sync_sdk._pool.get(), url), _route(plain_sync, url)) for url in ROUTED_URLS]
    async_routes = asyncio.run(routes())
    expected = [route for _, route in sync_routes]
    assert [ours for ours, _ in sync_routes] == expected
    assert [ours for ours, _ in async_routes] == expected
    assert [theirs for _, theirs in async_routes] == expected
    assert expected == [
        "http://tls-proxy.example:3128",
        "http://tls-proxy.example:3128",
        "http://plain-proxy.example:8080",
        None,
        None,
        "http://tls-proxy.example:3128",  # NO_PROXY=.corp.example spares subdomains only
        None,
        None,
    ]


# -- connection limits -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("mode", "limit"), [("async", 2), ("async", 10), ("sync", 2)])
def test_max_connections_is_a_total_for_the_client(mode: Mode, limit: int) -> None:
    """Three times as many concurrent calls as ``max_connections``: the server sees exactly that many sockets."""
    calls = 3 * limit
    with RawServer(echo) as api:
        client = planted_client(api.base_url, mode=mode, httpx_args={"limits": httpx.Limits(max_connections=limit)})
        if mode == "sync":
            with client, concurrent.futures.ThreadPoolExecutor(calls) as pool:
                answers = list(
                    pool.map(lambda i: ident_of(get_action_connection.sync(f"slow-{i}", client=client)), range(calls))
                )
        else:

            async def burst() -> list[str]:
                async with client:
                    results = await asyncio.gather(
                        *(get_action_connection.asyncio(f"slow-{i}", client=client) for i in range(calls))
                    )
                return [ident_of(result) for result in results]

            answers = asyncio.run(asyncio.wait_for(burst(), 20))
    assert answers == [f"slow-{i}" for i in range(calls)]
    assert api.accepted == limit
