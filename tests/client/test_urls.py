"""Request URLs built from the parsed base URL are exactly what httpx's full parse of base_url + path gives."""

from __future__ import annotations

import re
from urllib.parse import quote

import httpx
import pytest
from datadog_async import UNSTABLE_OPERATIONS, DatadogClient
from datadog_async._urls import RequestUrls
from datadog_async.api.incidents import delete_incident
from helpers import TEST_API_KEY, TEST_APP_KEY, Recorder

BASES = [
    "https://api.datadoghq.com",
    "https://API.DatadogHQ.eu:443",
    "http://127.0.0.1:8126",
    "http://[::1]:9000",
    "http://localhost:80/proxy",
    "http://localhost/proxy/",
    "https://xn--bcher-kva.example/a/../b",
    "http://localhost:1/a/.",
]

CANONICAL = [
    "/api/v2/incidents",
    "/api/v2/incidents/" + quote("00000000-aaaa-bbbb-cccc-000000000000", safe=""),
    "/api/v2/incidents/" + quote("a/b?c#d%e f", safe=""),  # what the generated functions send for such an id
    "/api/v2/apps/" + quote("ünï😀", safe=""),
    "/api/v2/x/" + quote("~!$&'()*+,;=:@-._", safe=""),
    "/api/v2/x/~!$&'()*+,;=:@",  # characters httpx leaves as they are
]
# Paths httpx would change (quote, normalise) or refuse: they take httpx's own parse, with its result.
OTHERS = [
    "/api/v2/x/a b",
    "/api/v2/x/%zz",
    "/api/v2/x/%4",
    "/api/v2/x/ünï",
    "/api/v2/x/{y}",
    '/api/v2/x/a`b"c<d>e',
    "/api/v2/x/./y",
    "/api/v2/x/../y",
    "/api/v2/x/..",
    "/api/v2/x/.",
    "/api/v2/x/.../..y",
    "/api/v2/x?page=1",
    "/api/v2/x#frag",
    "//api/v2/x",
    "api/v2/x",
    "",
    "/" + "a" * 5000,
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", CANONICAL + OTHERS)
def test_a_request_url_is_the_url_httpx_parses_from_the_whole_string(base: str, path: str) -> None:
    urls = RequestUrls(base)
    try:
        parsed = httpx.URL(base + path)
    except httpx.InvalidURL as exc:
        with pytest.raises(httpx.InvalidURL, match=re.escape(str(exc))):
            urls.join(path)
        return
    built = urls.join(path)
    assert built == parsed
    assert built._uri_reference == parsed._uri_reference  # every component, not only the text
    assert (built.raw_path, built.host, built.port) == (parsed.raw_path, parsed.host, parsed.port)


@pytest.mark.parametrize("base", BASES)
def test_a_canonical_path_is_appended_without_parsing_the_url_again(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    urls = RequestUrls(base)

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(httpx._urls, "urlparse", no_parse)
    for path in CANONICAL:
        assert urls.join(path).raw_path.endswith(path.encode())


def test_a_path_httpx_refuses_is_still_refused() -> None:
    with pytest.raises(httpx.InvalidURL):
        RequestUrls("https://api.datadoghq.com").join("/api/v2/x/\n")


def test_the_request_sent_has_the_url_of_the_path_and_the_base() -> None:
    recorder = Recorder(httpx.Response(204))
    client = DatadogClient(
        api_key=TEST_API_KEY,
        app_key=TEST_APP_KEY,
        base_url="https://api.datadoghq.com:443/prefix",
        unstable_operations=UNSTABLE_OPERATIONS,
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    delete_incident.sync("a/b c", client=client)
    sent = recorder.requests[0].url
    assert str(sent) == "https://api.datadoghq.com/prefix/api/v2/incidents/a%2Fb%20c"
    assert sent == httpx.URL("https://api.datadoghq.com/prefix/api/v2/incidents/a%2Fb%20c")
