"""Incident operations over httpx.MockTransport: request shape, success parsing, typed errors, paging."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest
from datadog_async import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    UnstableOperationError,
    iter_pages,
    paginate,
)
from datadog_async.api.incidents import (
    create_incident,
    delete_incident,
    get_incident,
    list_incidents,
    search_incidents,
    update_incident,
)
from datadog_async.models import (
    IncidentCreateRequest,
    IncidentNullableRelationshipToUser,
    IncidentResponse,
    IncidentResponseData,
    IncidentSearchResponse,
    IncidentSearchResponseIncidentsData,
    IncidentsResponse,
    IncidentUpdateData,
    IncidentUpdateRelationships,
    IncidentUpdateRequest,
)
from dateutil.parser import isoparse
from helpers import Recorder, assert_request, load_spec, make_client, respond

COLLECTION = "/api/v2/incidents"
SEARCH = "/api/v2/incidents/search"
INCIDENT_ID = "00000000-0000-0000-1234-000000000000"
ITEM = f"{COLLECTION}/{INCIDENT_ID}"


def example(path: str, method: str, status: str) -> dict[str, Any]:
    media = load_spec()["paths"][path][method]["responses"][status]["content"]["application/json"]
    return copy.deepcopy(media["example"])


def request_example(path: str, method: str, name: str | None = None) -> dict[str, Any]:
    media = load_spec()["paths"][path][method]["requestBody"]["content"]["application/json"]
    return copy.deepcopy(media["example"] if name is None else media["examples"][name]["value"])


# Seed examples (the spec carries them, with the seed's placeholders substituted).
INCIDENT = example(COLLECTION, "post", "201")
INCIDENTS = example(COLLECTION, "get", "200")
SEARCH_RESULT = example(SEARCH, "get", "200")
CREATE_BODY = request_example(COLLECTION, "post")
UPDATE_BODY = request_example("/api/v2/incidents/{incident_id}", "patch", "update_fields_and_title")
ERROR_BODY: dict[str, Any] = {"errors": ["Bad Request"]}  # every error example of the seed section


# (module, kwargs factory, method, path, query sent, JSON body sent, success status, success body, parsed type)
Case = tuple[ModuleType, Callable[[], dict[str, Any]], str, str, dict[str, str], Any, int, Any, type]
CASES: list[Case] = [
    (
        create_incident,
        lambda: {"body": IncidentCreateRequest.from_dict(copy.deepcopy(CREATE_BODY))},
        "POST", COLLECTION, {}, CREATE_BODY, 201, INCIDENT, IncidentResponse,
    ),
    (
        get_incident,
        lambda: {"incident_id": INCIDENT_ID, "include": ["users", "attachments"]},
        "GET", ITEM, {"include": "users,attachments"}, None, 200, INCIDENT, IncidentResponse,
    ),
    (
        update_incident,
        lambda: {
            "incident_id": INCIDENT_ID,
            "include": ["users"],
            "body": IncidentUpdateRequest.from_dict(copy.deepcopy(UPDATE_BODY)),
        },
        "PATCH", ITEM, {"include": "users"}, UPDATE_BODY, 200, INCIDENT, IncidentResponse,
    ),
    (
        delete_incident,
        lambda: {"incident_id": INCIDENT_ID},
        "DELETE", ITEM, {}, None, 204, None, type(None),
    ),
    (
        list_incidents,
        lambda: {"include": ["attachments"], "page_size": 25, "page_offset": 50},
        "GET", COLLECTION, {"include": "attachments", "page[size]": "25", "page[offset]": "50"},
        None, 200, INCIDENTS, IncidentsResponse,
    ),
    (
        search_incidents,
        lambda: {
            "query": "state:(active OR stable OR resolved)",
            "include": "users",
            "sort": "-created",
            "page_size": 100,
            "page_offset": 0,
        },
        "GET", SEARCH,
        {
            "query": "state:(active OR stable OR resolved)",
            "include": "users",
            "sort": "-created",
            "page[size]": "100",
            "page[offset]": "0",
        },
        None, 200, SEARCH_RESULT, IncidentSearchResponse,
    ),
]  # fmt: skip
CASE_IDS = [case[0].__name__.rsplit(".", 1)[1] for case in CASES]

# Every section of the seed documents the same error statuses.
ERRORS: list[tuple[int, type[ApiError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, ForbiddenError),
    (404, NotFoundError),
    (429, RateLimitError),
]
ERROR_CASES = [
    pytest.param(case, status, error, id=f"{name}-{status}")
    for case, name in zip(CASES, CASE_IDS, strict=True)
    for status, error in ERRORS
]


def instants(value: Any) -> Any:
    """Timestamps compared as instants: the seed's '...000Z' serializes back as '...+00:00'."""
    if isinstance(value, dict):
        return {k: instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        return isoparse(value)
    return value


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_success(call: Any, case: Case) -> None:
    module, kwargs, method, path, query, sent, status, body, parsed_type = case
    handler = respond(status, body)
    result: Any = call(module, client=call.client(handler), **kwargs())
    (request,) = handler.requests
    assert_request(request, method, path, query, sent)
    if body is not None:
        assert instants(result.to_dict()) == instants(body)
    assert type(result) is parsed_type


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_detailed_returns_status_and_parsed(call: Any, case: Case) -> None:
    module, kwargs, _, _, _, _, status, body, parsed_type = case
    response = call.detailed(module, client=call.client(respond(status, body)), **kwargs())
    assert response.status_code == status
    assert type(response.parsed) is parsed_type


@pytest.mark.parametrize(("case", "status", "error"), ERROR_CASES)
def test_documented_errors_raise_typed_errors(call: Any, case: Case, status: int, error: type[ApiError]) -> None:
    module, kwargs, method, path, query, sent, *_ = case
    handler = respond(status, ERROR_BODY, {"X-RateLimit-Reset": "0"} if status == 429 else None)
    with pytest.raises(error) as info:
        call(module, client=call.client(handler, max_retries=0), **kwargs())
    assert type(info.value) is error
    assert info.value.status_code == status
    assert info.value.errors == ["Bad Request"]
    (request,) = handler.requests
    assert_request(request, method, path, query, sent)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_unstable_operations_must_be_enabled(call: Any, case: Case) -> None:
    module, kwargs, *_ = case
    handler = respond(200, {})
    with pytest.raises(UnstableOperationError):
        call(module, client=call.client(handler, unstable=False), **kwargs())
    assert handler.requests == []


def test_incident_id_is_percent_escaped(call: Any) -> None:
    handler = respond(200, INCIDENT)
    call(get_incident, "a/b?c#d e", client=call.client(handler))
    (request,) = handler.requests
    assert request.url.raw_path == b"/api/v2/incidents/a%2Fb%3Fc%23d%20e"
    assert dict(request.url.params) == {}


def test_calls_without_optional_parameters_send_no_query(call: Any) -> None:
    handler = respond(200, INCIDENTS)
    call(list_incidents, client=call.client(handler))
    handler_search = respond(200, SEARCH_RESULT)
    call(search_incidents, client=call.client(handler_search), query="state:active")
    assert dict(handler.requests[0].url.params) == {}
    assert dict(handler_search.requests[0].url.params) == {"query": "state:active"}


@pytest.mark.parametrize(
    ("module", "kwargs", "name"),
    [
        (list_incidents, {"page_size": 101}, "page_size"),
        (list_incidents, {"page_size": 0}, "page_size"),
        (list_incidents, {"page_offset": -1}, "page_offset"),
        (search_incidents, {"query": "state:active", "page_size": 101}, "page_size"),
        (search_incidents, {"query": "state:active", "page_offset": -1}, "page_offset"),
    ],
)
def test_page_bounds_are_checked_before_sending(
    call: Any, module: ModuleType, kwargs: dict[str, Any], name: str
) -> None:
    handler = respond(200, INCIDENTS)
    with pytest.raises(ValueError, match=name):
        call(module, client=call.client(handler), **kwargs)
    assert handler.requests == []


@pytest.mark.parametrize(("size", "offset"), [(1, 0), (100, 5000)])
def test_page_bounds_are_inclusive(call: Any, size: int, offset: int) -> None:
    handler = respond(200, INCIDENTS)
    call(list_incidents, client=call.client(handler), page_size=size, page_offset=offset)
    assert dict(handler.requests[0].url.params) == {"page[size]": str(size), "page[offset]": str(offset)}


# ------------------------------------------------------------------ commander_user over the wire (update)
COMMANDER = {"id": "00000000-0000-0000-0000-000000000000", "type": "users"}


@pytest.mark.parametrize(
    ("example_name", "relationships"),
    [
        ("add_commander", {"commander_user": {"data": {"id": "string", "type": "users"}}}),
        ("remove_commander", {"commander_user": {"data": None}}),
    ],
)
def test_update_sends_the_seeds_commander_examples(call: Any, example_name: str, relationships: dict[str, Any]) -> None:
    body = request_example("/api/v2/incidents/{incident_id}", "patch", example_name)
    handler = respond(200, INCIDENT)
    call(update_incident, INCIDENT_ID, client=call.client(handler), body=IncidentUpdateRequest.from_dict(body))
    sent = json.loads(handler.requests[0].content)
    assert sent["data"]["relationships"] == relationships
    assert sent == body


def test_update_without_relationships_omits_commander(call: Any) -> None:
    handler = respond(200, INCIDENT)
    body = IncidentUpdateRequest(data=IncidentUpdateData(id=INCIDENT_ID, type_="incidents"))
    call(update_incident, INCIDENT_ID, client=call.client(handler), body=body)
    assert json.loads(handler.requests[0].content) == {"data": {"id": INCIDENT_ID, "type": "incidents"}}


def test_update_removes_commander_with_data_null(call: Any) -> None:
    handler = respond(200, INCIDENT)
    relationships = IncidentUpdateRelationships(commander_user=IncidentNullableRelationshipToUser(data=None))
    body = IncidentUpdateRequest(
        data=IncidentUpdateData(id=INCIDENT_ID, type_="incidents", relationships=relationships)
    )
    call(update_incident, INCIDENT_ID, client=call.client(handler), body=body)
    assert json.loads(handler.requests[0].content)["data"]["relationships"] == {"commander_user": {"data": None}}


# ------------------------------------------------------------------ paging through x-pagination
def incident(n: int) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(INCIDENTS["data"][0])
    data["id"] = f"inc-{n}"
    return data


def list_page(ids: list[int], offset: int, size: int) -> dict[str, Any]:
    return {
        "data": [incident(n) for n in ids],
        "meta": {"pagination": {"next_offset": offset + size, "offset": offset, "size": size}},
    }


def search_page(ids: list[int], offset: int, size: int) -> dict[str, Any]:
    body = copy.deepcopy(SEARCH_RESULT)
    body["data"]["attributes"]["incidents"] = [{"data": incident(n)} for n in ids]
    body["data"]["attributes"]["total"] = len(ids)
    body["meta"] = {"pagination": {"next_offset": offset + size, "offset": offset, "size": size}}
    return body


@pytest.mark.parametrize(
    ("module", "page", "extra", "item_type"),
    [
        (list_incidents, list_page, {}, IncidentResponseData),
        (search_incidents, search_page, {"query": "state:active"}, IncidentSearchResponseIncidentsData),
    ],
    ids=["list_incidents", "search_incidents"],
)
async def test_paginate_follows_next_offset(
    module: ModuleType, page: Any, extra: dict[str, Any], item_type: type
) -> None:
    handler = Recorder(
        httpx.Response(200, json=page([1, 2], 0, 2)),
        httpx.Response(200, json=page([3, 4], 2, 2)),
        httpx.Response(200, json=page([5], 4, 2)),
        httpx.Response(200, json=page([], 6, 2)),
    )
    client = make_client(handler, mode="async")
    items = [item async for item in paginate(module, client=client, page_size=2, **extra)]
    assert [type(i) for i in items] == [item_type] * 5
    ids = [i.id if isinstance(i, IncidentResponseData) else i.data.id for i in items]
    assert ids == ["inc-1", "inc-2", "inc-3", "inc-4", "inc-5"]
    offsets = [r.url.params["page[offset]"] for r in handler.requests]
    # The short page still reports a next_offset, so it is followed (to an empty page): a short page ends
    # paging only when the API gives no cursor.
    assert offsets == ["0", "2", "4", "6"]
    assert {r.url.params["page[size]"] for r in handler.requests} == {"2"}
    assert all(r.url.params.get("query") == extra.get("query") for r in handler.requests)


def test_iter_pages_sync_yields_typed_pages() -> None:
    handler = Recorder(
        httpx.Response(200, json=search_page([1], 0, 10)), httpx.Response(200, json=search_page([], 10, 10))
    )
    pages = list(iter_pages(search_incidents, client=make_client(handler), query="state:active", page_size=10))
    assert [type(p) for p in pages] == [IncidentSearchResponse, IncidentSearchResponse]
    request = handler.requests[0]
    assert dict(request.url.params) == {"query": "state:active", "page[offset]": "0", "page[size]": "10"}
