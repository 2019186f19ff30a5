"""App Builder operations over httpx.MockTransport: request shape, success parsing, typed errors."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from datadog_async import (
    ApiError,
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
)
from datadog_async.api.app_builder import (
    create_app,
    delete_app,
    delete_apps,
    get_app,
    list_apps,
    publish_app,
    unpublish_app,
    update_app,
)
from datadog_async.models import (
    AppBuilderAppDefinition,
    AppBuilderComponent,
    AppBuilderComponentGrid,
    AppBuilderCreateAppRequest,
    AppBuilderCreateAppResponse,
    AppBuilderDeleteAppResponse,
    AppBuilderDeleteAppsRequest,
    AppBuilderDeleteAppsResponse,
    AppBuilderDeployment,
    AppBuilderGetAppResponse,
    AppBuilderListAppsResponse,
    AppBuilderPublishAppResponse,
    AppBuilderUnpublishAppResponse,
    AppBuilderUpdateAppRequest,
    AppBuilderUpdateAppResponse,
)
from dateutil.parser import isoparse
from helpers import assert_request, respond

COLLECTION = "/api/v2/app-builder/apps"
APP_ID = "65bb1f25-52e1-4510-9f8d-22d1516ed693"
ITEM = f"{COLLECTION}/{APP_ID}"
DEPLOYMENT = f"{ITEM}/deployment"

# Seed examples (002_8524c31b3a9432c0.txt), "integer" placeholders substituted as in the spec.
USER_META = {
    "created_at": "2019-09-19T10:00:00.000Z",
    "user_id": 123456,
    "user_name": "string",
    "user_uuid": APP_ID,
}
APP_META = {
    "created_at": "2019-09-19T10:00:00.000Z",
    "deleted_at": "2019-09-19T10:00:00.000Z",
    "org_id": 1234567,
    "updated_at": "2019-09-19T10:00:00.000Z",
    "updated_since_deployment": False,
    "user_id": 123456,
    "user_name": "string",
    "user_uuid": APP_ID,
    "version": 1,
}
DEPLOYMENT_RELATIONSHIP = {"data": {"id": APP_ID, "type": "deployment"}, "meta": USER_META}
INCLUDED = [{"attributes": {"app_version_id": APP_ID}, "id": APP_ID, "meta": USER_META, "type": "deployment"}]
LIST_RESPONSE: dict[str, Any] = {
    "data": [
        {
            "attributes": {
                "description": "string",
                "favorite": False,
                "name": "string",
                "selfService": False,
                "tags": ["service:webshop-backend", "team:webshop"],
            },
            "id": APP_ID,
            "meta": APP_META,
            "relationships": {"deployment": DEPLOYMENT_RELATIONSHIP},
            "type": "appDefinitions",
        }
    ],
    "included": INCLUDED,
    "meta": {"page": {"totalCount": 10, "totalFilteredCount": 1}},
}
CREATE_BODY: dict[str, Any] = {
    "data": {
        "attributes": {
            "components": [
                {
                    "events": [],
                    "name": "grid0",
                    "properties": {
                        "children": [
                            {
                                "events": [],
                                "name": "gridCell0",
                                "properties": {
                                    "children": [
                                        {
                                            "events": [],
                                            "name": "calloutValue0",
                                            "properties": {
                                                "isVisible": True,
                                                "isUnpublishd": False,
                                                "isLoading": False,
                                                "label": "CPU Usage",
                                                "size": "sm",
                                                "style": "vivid_yellow",
                                                "unit": "kB",
                                                "value": "42",
                                            },
                                            "type": "calloutValue",
                                        }
                                    ],
                                    "isVisible": "true",
                                    "layout": {"default": {"height": 8, "width": 2, "x": 0, "y": 0}},
                                },
                                "type": "gridCell",
                            }
                        ]
                    },
                    "type": "grid",
                }
            ],
            "description": "This is a simple example app",
            "queries": [],
            "name": "Example App",
            "rootInstanceName": "grid0",
        },
        "type": "appDefinitions",
    }
}
APP_REFERENCE = {"id": APP_ID, "type": "appDefinitions"}
BULK_BODY: dict[str, Any] = {"data": [APP_REFERENCE]}
EVENTS = [{"name": "click", "type": "triggerQuery"}]
# isVisible: the seed shows {"type": "undefined"} (an unrendered oneOf); the spec example holds `true`.
APP_RESPONSE: dict[str, Any] = {
    "data": {
        "attributes": {
            "components": [
                {
                    "events": EVENTS,
                    "id": "string",
                    "name": "",
                    "properties": {
                        "backgroundColor": "string",
                        "children": [
                            {
                                "events": EVENTS,
                                "id": "string",
                                "name": "",
                                "properties": {"children": [], "isVisible": True},
                                "type": "text",
                            }
                        ],
                        "isVisible": True,
                    },
                    "type": "grid",
                }
            ],
            "description": "string",
            "favorite": False,
            "name": "string",
            "queries": [{"events": EVENTS, "id": APP_ID, "name": "", "properties": "undefined", "type": "action"}],
            "rootInstanceName": "string",
            "tags": ["service:webshop-backend", "team:webshop"],
        },
        "id": APP_ID,
        "type": "appDefinitions",
    },
    "included": INCLUDED,
    "meta": APP_META,
    "relationship": {
        "connections": [
            {
                "attributes": {"name": "string", "onPremRunner": {"id": "string", "url": "string"}},
                "id": APP_ID,
                "type": "custom_connections",
            }
        ],
        "deployment": DEPLOYMENT_RELATIONSHIP,
    },
}
UPDATE_BODY: dict[str, Any] = {
    "data": {
        "attributes": {"name": "Updated Name", "rootInstanceName": "grid0"},
        "id": APP_ID,
        "type": "appDefinitions",
    }
}
DEPLOYMENT_RESPONSE: dict[str, Any] = {"data": INCLUDED[0]}

# The page's error bodies: JSON:API objects for 400/403/404/410, plain strings for 429.
JSON_API_ERRORS: dict[str, Any] = {
    "errors": [
        {
            "detail": "Missing required attribute in body",
            "meta": {},
            "source": {"header": "Authorization", "parameter": "limit", "pointer": "/data/attributes/title"},
            "status": "400",
            "title": "Bad Request",
        }
    ]
}
STRING_ERRORS: dict[str, Any] = {"errors": ["Bad Request"]}


def normalize(value: Any) -> Any:
    """Timestamps compared as instants ('...000Z' == '...+00:00')."""
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        return isoparse(value)
    return value


# (module, kwargs factory, method, path, query sent, JSON body sent, success status, success body, parsed type)
Case = tuple[ModuleType, Callable[[], dict[str, Any]], str, str, dict[str, str], dict[str, Any] | None, int, Any, type]
CASES: list[Case] = [
    (list_apps, dict, "GET", COLLECTION, {}, None, 200, LIST_RESPONSE, AppBuilderListAppsResponse),
    (
        create_app, lambda: {"body": AppBuilderCreateAppRequest.from_dict(copy.deepcopy(CREATE_BODY))},
        "POST", COLLECTION, {}, CREATE_BODY, 201, {"data": APP_REFERENCE}, AppBuilderCreateAppResponse,
    ),
    (
        delete_apps, lambda: {"body": AppBuilderDeleteAppsRequest.from_dict(copy.deepcopy(BULK_BODY))},
        "DELETE", COLLECTION, {}, BULK_BODY, 200, BULK_BODY, AppBuilderDeleteAppsResponse,
    ),
    (
        get_app, lambda: {"app_id": APP_ID, "version": "deployed"},
        "GET", ITEM, {"version": "deployed"}, None, 200, APP_RESPONSE, AppBuilderGetAppResponse,
    ),
    (
        update_app,
        lambda: {"app_id": APP_ID, "body": AppBuilderUpdateAppRequest.from_dict(copy.deepcopy(UPDATE_BODY))},
        "PATCH", ITEM, {}, UPDATE_BODY, 200, APP_RESPONSE, AppBuilderUpdateAppResponse,
    ),
    (
        delete_app, lambda: {"app_id": APP_ID},
        "DELETE", ITEM, {}, None, 200, {"data": APP_REFERENCE}, AppBuilderDeleteAppResponse,
    ),
    (
        publish_app, lambda: {"app_id": APP_ID},
        "POST", DEPLOYMENT, {}, None, 201, DEPLOYMENT_RESPONSE, AppBuilderPublishAppResponse,
    ),
    (
        unpublish_app, lambda: {"app_id": APP_ID},
        "DELETE", DEPLOYMENT, {}, None, 200, DEPLOYMENT_RESPONSE, AppBuilderUnpublishAppResponse,
    ),
]  # fmt: skip
CASE_IDS = [case[0].__name__.rsplit(".", 1)[1] for case in CASES]

# The error statuses each section of the page documents. 410 (Gone) has no dedicated class: the base ApiError.
ERRORS: dict[str, list[tuple[int, type[ApiError]]]] = {
    "list_apps": [(400, BadRequestError), (403, ForbiddenError), (429, RateLimitError)],
    "create_app": [(400, BadRequestError), (403, ForbiddenError), (429, RateLimitError)],
    "delete_apps": [(400, BadRequestError), (403, ForbiddenError), (404, NotFoundError), (429, RateLimitError)],
    "get_app": [(400, BadRequestError), (403, ForbiddenError), (404, NotFoundError), (429, RateLimitError)],
    "update_app": [(400, BadRequestError), (403, ForbiddenError), (429, RateLimitError)],
    "delete_app": [
        (400, BadRequestError), (403, ForbiddenError), (404, NotFoundError), (410, ApiError), (429, RateLimitError),
    ],
    "publish_app": [(400, BadRequestError), (403, ForbiddenError), (404, NotFoundError), (429, RateLimitError)],
    "unpublish_app": [(400, BadRequestError), (403, ForbiddenError), (404, NotFoundError), (429, RateLimitError)],
}  # fmt: skip
ERROR_CASES = [
    pytest.param(case, status, error, id=f"{name}-{status}")
    for case, name in zip(CASES, CASE_IDS, strict=True)
    for status, error in ERRORS[name]
]


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_success(call: Any, case: Case) -> None:
    module, kwargs, method, path, query, sent, status, body, parsed_type = case
    handler = respond(status, body)
    result = call(module, client=call.client(handler), **kwargs())
    (request,) = handler.requests
    assert_request(request, method, path, query, sent)
    assert normalize(result.to_dict()) == normalize(body)
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
    body = STRING_ERRORS if status == 429 else JSON_API_ERRORS
    handler = respond(status, body, {"X-RateLimit-Reset": "0"} if status == 429 else None)
    with pytest.raises(error) as info:
        call(module, client=call.client(handler), **kwargs())
    assert type(info.value) is error
    assert info.value.status_code == status
    assert info.value.errors == body["errors"]
    assert_request(handler.requests[0], method, path, query, sent)


def test_list_apps_sends_every_filter(call: Any) -> None:
    handler = respond(200, LIST_RESPONSE)
    call(
        list_apps,
        client=call.client(handler),
        limit=25,
        page=2,
        filter_user_name="jane@example.com",
        filter_user_uuid=APP_ID,
        filter_name="Example App",
        filter_query="example",
        filter_deployed=True,
        filter_tags="team:webshop",
        filter_favorite=False,
        filter_self_service=True,
        sort=["-created", "name"],
    )
    (request,) = handler.requests
    assert dict(request.url.params) == {
        "limit": "25",
        "page": "2",
        "filter[user_name]": "jane@example.com",
        "filter[user_uuid]": APP_ID,
        "filter[name]": "Example App",
        "filter[query]": "example",
        "filter[deployed]": "true",
        "filter[tags]": "team:webshop",
        "filter[favorite]": "false",
        "filter[self_service]": "true",
        "sort": "-created,name",
    }


def test_list_apps_parses_items_included_and_totals(call: Any) -> None:
    result = call(list_apps, client=call.client(respond(200, LIST_RESPONSE)))
    assert isinstance(result, AppBuilderListAppsResponse)
    assert isinstance(result.data, list)
    (item,) = result.data
    assert item.meta is not None
    assert item.meta.created_at == dt.datetime(2019, 9, 19, 10, tzinfo=dt.UTC)
    assert item.meta.org_id == 1234567
    assert isinstance(result.included, list)
    assert [type(i) for i in result.included] == [AppBuilderDeployment]
    assert result.meta is not None
    assert result.meta.page is not None
    assert result.meta.page.total_filtered_count == 1


def test_get_app_parses_the_component_tree(call: Any) -> None:
    result = call(get_app, APP_ID, client=call.client(respond(200, APP_RESPONSE)))
    assert isinstance(result, AppBuilderGetAppResponse)
    assert isinstance(result.data, AppBuilderAppDefinition)
    assert isinstance(result.data.attributes.components, list)
    (grid,) = result.data.attributes.components
    assert isinstance(grid, AppBuilderComponentGrid)
    assert isinstance(grid.properties.children, list)
    assert [type(c) for c in grid.properties.children] == [AppBuilderComponent]


def test_get_app_without_version_sends_no_query(call: Any) -> None:
    handler = respond(200, APP_RESPONSE)
    call(get_app, APP_ID, client=call.client(handler))
    assert dict(handler.requests[0].url.params) == {}


# (module, success status, success body, path suffix) of the operations with an {app_id} path parameter.
ITEM_CASES = [
    pytest.param(get_app, 200, APP_RESPONSE, b"", id="get_app"),
    pytest.param(delete_app, 200, {"data": APP_REFERENCE}, b"", id="delete_app"),
    pytest.param(publish_app, 201, DEPLOYMENT_RESPONSE, b"/deployment", id="publish_app"),
    pytest.param(unpublish_app, 200, DEPLOYMENT_RESPONSE, b"/deployment", id="unpublish_app"),
]


@pytest.mark.parametrize(("module", "status", "body", "suffix"), ITEM_CASES)
def test_app_id_is_percent_escaped(call: Any, module: ModuleType, status: int, body: Any, suffix: bytes) -> None:
    handler = respond(status, body)
    call(module, "a/b?c#d e", client=call.client(handler))
    (request,) = handler.requests
    assert request.url.raw_path == b"/api/v2/app-builder/apps/a%2Fb%3Fc%23d%20e" + suffix
    assert dict(request.url.params) == {}
