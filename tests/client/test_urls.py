"""Request URLs built from the parsed base URL are exactly what httpx's full parse of base_url + path gives."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from datadog_async import UNSTABLE_OPERATIONS, DatadogClient
from datadog_async._urls import RequestUrls
from datadog_async.api.incidents import delete_incident, list_incidents
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


PARAMS: list[dict[str, Any]] = [
    {"page[size]": 100, "page[offset]": 200},
    {"include": "users,attachments", "filter": "a b&c=d#e/f?g", "sort": "-created"},
    {"query": "state:active AND ünï 😀", "flag": True, "ratio": 0.5, "none": None},
    {"x": ["a", "b"], "y": []},
    {"y": []},
    {"": ""},
]


@pytest.mark.parametrize("base", BASES[:5])
@pytest.mark.parametrize("path", ["/api/v2/incidents", "/api/v2/x/a b", "/api/v2/x?q=1"])
@pytest.mark.parametrize("params", PARAMS)
def test_the_query_is_the_one_httpx_merges_in(base: str, path: str, params: dict[str, Any]) -> None:
    http = httpx.Client()
    expected = http.build_request("GET", base + path, params=params).url
    built = http.build_request("GET", RequestUrls(base).join(path, params)).url
    assert built == expected
    assert built._uri_reference == expected._uri_reference


def test_params_of_the_client_itself_are_merged_with_the_call_s_as_httpx_does() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": []}))
    client = DatadogClient(
        api_key=TEST_API_KEY,
        app_key=TEST_APP_KEY,
        base_url="https://api.datadoghq.com",
        unstable_operations=UNSTABLE_OPERATIONS,
        httpx_args={"transport": httpx.MockTransport(recorder), "params": {"tag": "x", "page[size]": "5"}},
    )
    assert list_incidents.sync(client=client, page_size=7, page_offset=0).data == []
    assert str(recorder.requests[0].url) == (
        "https://api.datadoghq.com/api/v2/incidents?tag=x&page%5Bsize%5D=7&page%5Boffset%5D=0"
    )


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
