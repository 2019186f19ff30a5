"""Incident attachment, integration metadata and todo operations over httpx.MockTransport: request shape,
success parsing, typed errors."""

from __future__ import annotations

import copy
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from datadog_async import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    UnstableOperationError,
)
from datadog_async.api.incidents import (
    create_incident_integration,
    create_incident_todo,
    delete_incident_integration,
    delete_incident_todo,
    get_incident_integration,
    get_incident_todo,
    list_incident_attachments,
    list_incident_integrations,
    list_incident_todos,
    update_incident_attachments,
    update_incident_integration,
    update_incident_todo,
)
from datadog_async.models import (
    IncidentAttachmentLinkAttributes,
    IncidentAttachmentPostmortemAttributes,
    IncidentAttachmentsResponse,
    IncidentAttachmentUpdateRequest,
    IncidentAttachmentUpdateResponse,
    IncidentIntegrationMetadataCreateRequest,
    IncidentIntegrationMetadataJira,
    IncidentIntegrationMetadataListResponse,
    IncidentIntegrationMetadataPatchRequest,
    IncidentIntegrationMetadataResponse,
    IncidentIntegrationMetadataSlack,
    IncidentTodoAnonymousAssignee,
    IncidentTodoCreateRequest,
    IncidentTodoListResponse,
    IncidentTodoPatchRequest,
    IncidentTodoResponse,
    IncidentUserData,
)
from helpers import assert_request, respond

INCIDENT_ID = "00000000-aaaa-0000-0000-000000000000"
INTEGRATION_ID = "00000000-0000-0000-1234-000000000000"
TODO_ID = "00000000-0000-0000-4567-000000000000"
ATTACHMENTS = f"/api/v2/incidents/{INCIDENT_ID}/attachments"
INTEGRATIONS = f"/api/v2/incidents/{INCIDENT_ID}/relationships/integrations"
INTEGRATION = f"{INTEGRATIONS}/{INTEGRATION_ID}"
TODOS = f"/api/v2/incidents/{INCIDENT_ID}/relationships/todos"
TODO = f"{TODOS}/{TODO_ID}"

# Bodies after the seed's examples (001_b06c09c8ba2241a8.txt); timestamps written as the models serialise them
# (`+00:00`), placeholders substituted ("status": "integer" -> 2, the "undefined" assignee -> a handle).
USER: dict[str, Any] = {
    "attributes": {
        "created_at": "2019-09-19T10:00:00+00:00",
        "disabled": False,
        "email": "string",
        "handle": "string",
        "icon": "string",
        "modified_at": "2019-09-19T10:00:00+00:00",
        "name": "string",
        "service_account": False,
        "status": "string",
        "title": "string",
        "verified": False,
    },
    "id": "string",
    "relationships": {
        "org": {"data": {"id": "00000000-0000-beef-0000-000000000000", "type": "orgs"}},
        "other_orgs": {"data": [{"id": "00000000-0000-beef-0000-000000000000", "type": "orgs"}]},
        "other_users": {"data": [{"id": "00000000-0000-0000-2345-000000000000", "type": "users"}]},
        "roles": {"data": [{"id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d", "type": "roles"}]},
    },
    "type": "users",
}
BY_USER: dict[str, Any] = {"data": {"id": "00000000-0000-0000-2345-000000000000", "type": "users"}}
ATTACHMENTS_RESPONSE: dict[str, Any] = {
    "data": [
        {
            "attributes": {
                "attachment": {"documentUrl": "https://app.datadoghq.com/notebook/123", "title": "Postmortem IR-123"},
                "attachment_type": "postmortem",
            },
            "id": "00000000-abcd-0001-0000-000000000000",
            "relationships": {"last_modified_by_user": BY_USER},
            "type": "incident_attachments",
        },
        {
            "attributes": {
                "attachment": {"documentUrl": "https://www.example.com/doc", "title": "Example-Incident"},
                "attachment_type": "link",
                "modified": "2019-09-19T10:00:00+00:00",
            },
            "id": "00000000-abcd-0002-0000-000000000000",
            "relationships": {"last_modified_by_user": BY_USER},
            "type": "incident_attachments",
        },
    ],
    "included": [USER],
}
ATTACHMENTS_BODY: dict[str, Any] = {  # create (seed example), update, delete
    "data": [
        {
            "type": "incident_attachments",
            "attributes": {
                "attachment_type": "link",
                "attachment": {"documentUrl": "https://www.example.com/doc", "title": "Example-Incident"},
            },
        },
        {
            "type": "incident_attachments",
            "id": "00000000-abcd-0001-0000-000000000000",
            "attributes": {
                "attachment_type": "postmortem",
                "attachment": {"documentUrl": "https://app.datadoghq.com/notebook/123", "title": "Postmortem IR-1"},
            },
        },
        {"type": "incident_attachments", "id": "00000000-abcd-0003-0000-000000000000"},
    ]
}
SLACK_METADATA: dict[str, Any] = {
    "channels": [
        {
            "channel_id": "C0123456789",
            "channel_name": "#example-channel-name",
            "redirect_url": "https://slack.com/app_redirect?channel=C0123456789&team=T01234567",
            "team_id": "T01234567",
        }
    ]
}
JIRA_METADATA: dict[str, Any] = {
    "issues": [{"account": "https://example.atlassian.net", "issue_key": "INC-42", "project_key": "INC"}]
}
INTEGRATION_DATA: dict[str, Any] = {
    "attributes": {
        "created": "2019-09-19T10:00:00+00:00",
        "incident_id": INCIDENT_ID,
        "integration_type": 1,
        "metadata": SLACK_METADATA,
        "modified": "2019-09-19T10:00:00+00:00",
        "status": 2,
    },
    "id": INTEGRATION_ID,
    "relationships": {"created_by_user": BY_USER, "last_modified_by_user": BY_USER},
    "type": "incident_integrations",
}
JIRA_INTEGRATION_DATA: dict[str, Any] = {
    **INTEGRATION_DATA,
    "attributes": {**INTEGRATION_DATA["attributes"], "integration_type": 8, "metadata": JIRA_METADATA},
}
INTEGRATION_RESPONSE: dict[str, Any] = {"data": INTEGRATION_DATA, "included": [USER]}
PAGINATION: dict[str, Any] = {"pagination": {"next_offset": 1000, "offset": 10, "size": 1000}}
INTEGRATIONS_RESPONSE: dict[str, Any] = {
    "data": [INTEGRATION_DATA, JIRA_INTEGRATION_DATA],
    "included": [USER],
    "meta": PAGINATION,
}
INTEGRATION_CREATE_BODY: dict[str, Any] = {
    "data": {
        "attributes": {
            "incident_id": "00000000-0000-0000-1234-000000000000",
            "integration_type": 1,
            "metadata": {
                "channels": [
                    {
                        "channel_id": "C0123456789",
                        "channel_name": "#new-channel",
                        "team_id": "T01234567",
                        "redirect_url": "https://slack.com/app_redirect?channel=C0123456789&team=T01234567",
                    }
                ]
            },
        },
        "type": "incident_integrations",
    }
}
INTEGRATION_PATCH_BODY: dict[str, Any] = {
    "data": {
        "attributes": {"integration_type": 8, "metadata": JIRA_METADATA},
        "type": "incident_integrations",
    }
}
ANONYMOUS: dict[str, Any] = {"icon": "https://example.com/i.png", "id": "U01", "name": "Jane", "source": "slack"}
TODO_DATA: dict[str, Any] = {
    "attributes": {
        "assignees": ["@test.user@test.com", ANONYMOUS],
        "completed": "2023-03-06T22:00:00.000000+00:00",
        "content": "Restore lost data.",
        "created": "2019-09-19T10:00:00+00:00",
        "due_date": "2023-07-10T05:00:00.000000+00:00",
        "incident_id": INCIDENT_ID,
        "modified": "2019-09-19T10:00:00+00:00",
    },
    "id": TODO_ID,
    "relationships": {"created_by_user": BY_USER, "last_modified_by_user": BY_USER},
    "type": "incident_todos",
}
TODO_RESPONSE: dict[str, Any] = {"data": TODO_DATA, "included": [USER]}
TODOS_RESPONSE: dict[str, Any] = {"data": [TODO_DATA], "included": [USER], "meta": PAGINATION}
TODO_CREATE_BODY: dict[str, Any] = {
    "data": {
        "attributes": {"assignees": ["@test.user@test.com"], "content": "Restore lost data."},
        "type": "incident_todos",
    }
}
TODO_PATCH_BODY: dict[str, Any] = {  # the seed's example, plus a reopened todo (completed: null)
    "data": {
        "attributes": {
            "assignees": ["@test.user@test.com"],
            "content": "Restore lost data.",
            "completed": None,
            "due_date": "2023-07-10T05:00:00.000000+00:00",
        },
        "type": "incident_todos",
    }
}
ERROR_BODY: dict[str, Any] = {"errors": ["Bad Request"]}


# (module, kwargs factory, method, path, query sent, JSON body sent, success status, success body, parsed type)
Case = tuple[ModuleType, Callable[[], dict[str, Any]], str, str, dict[str, str], dict[str, Any] | None, int, Any, type]
CASES: list[Case] = [
    (
        list_incident_attachments,
        lambda: {"incident_id": INCIDENT_ID},
        "GET", ATTACHMENTS, {}, None, 200, ATTACHMENTS_RESPONSE, IncidentAttachmentsResponse,
    ),
    (
        update_incident_attachments,
        lambda: {
            "incident_id": INCIDENT_ID,
            "body": IncidentAttachmentUpdateRequest.from_dict(copy.deepcopy(ATTACHMENTS_BODY)),
        },
        "PATCH", ATTACHMENTS, {}, ATTACHMENTS_BODY, 200, ATTACHMENTS_RESPONSE, IncidentAttachmentUpdateResponse,
    ),
    (
        list_incident_integrations,
        lambda: {"incident_id": INCIDENT_ID},
        "GET", INTEGRATIONS, {}, None, 200, INTEGRATIONS_RESPONSE, IncidentIntegrationMetadataListResponse,
    ),
    (
        create_incident_integration,
        lambda: {
            "incident_id": INCIDENT_ID,
            "body": IncidentIntegrationMetadataCreateRequest.from_dict(copy.deepcopy(INTEGRATION_CREATE_BODY)),
        },
        "POST", INTEGRATIONS, {}, INTEGRATION_CREATE_BODY, 201, INTEGRATION_RESPONSE,
        IncidentIntegrationMetadataResponse,
    ),
    (
        get_incident_integration,
        lambda: {"incident_id": INCIDENT_ID, "integration_metadata_id": INTEGRATION_ID},
        "GET", INTEGRATION, {}, None, 200, INTEGRATION_RESPONSE, IncidentIntegrationMetadataResponse,
    ),
    (
        update_incident_integration,
        lambda: {
            "incident_id": INCIDENT_ID,
            "integration_metadata_id": INTEGRATION_ID,
            "body": IncidentIntegrationMetadataPatchRequest.from_dict(copy.deepcopy(INTEGRATION_PATCH_BODY)),
        },
        "PATCH", INTEGRATION, {}, INTEGRATION_PATCH_BODY, 200, INTEGRATION_RESPONSE,
        IncidentIntegrationMetadataResponse,
    ),
    (
        delete_incident_integration,
        lambda: {"incident_id": INCIDENT_ID, "integration_metadata_id": INTEGRATION_ID},
        "DELETE", INTEGRATION, {}, None, 204, None, type(None),
    ),
    (
        list_incident_todos,
        lambda: {"incident_id": INCIDENT_ID},
        "GET", TODOS, {}, None, 200, TODOS_RESPONSE, IncidentTodoListResponse,
    ),
    (
        create_incident_todo,
        lambda: {
            "incident_id": INCIDENT_ID,
            "body": IncidentTodoCreateRequest.from_dict(copy.deepcopy(TODO_CREATE_BODY)),
        },
        "POST", TODOS, {}, TODO_CREATE_BODY, 201, TODO_RESPONSE, IncidentTodoResponse,
    ),
    (
        get_incident_todo,
        lambda: {"incident_id": INCIDENT_ID, "todo_id": TODO_ID},
        "GET", TODO, {}, None, 200, TODO_RESPONSE, IncidentTodoResponse,
    ),
    (
        update_incident_todo,
        lambda: {
            "incident_id": INCIDENT_ID,
            "todo_id": TODO_ID,
            "body": IncidentTodoPatchRequest.from_dict(copy.deepcopy(TODO_PATCH_BODY)),
        },
        "PATCH", TODO, {}, TODO_PATCH_BODY, 200, TODO_RESPONSE, IncidentTodoResponse,
    ),
    (
        delete_incident_todo,
        lambda: {"incident_id": INCIDENT_ID, "todo_id": TODO_ID},
        "DELETE", TODO, {}, None, 204, None, type(None),
    ),
]  # fmt: skip
CASE_IDS = [case[0].__name__.rsplit(".", 1)[1] for case in CASES]

# Every page of the section documents the same error statuses.
DOCUMENTED_ERRORS: list[tuple[int, type[ApiError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, ForbiddenError),
    (404, NotFoundError),
    (429, RateLimitError),
]
ERROR_CASES = [
    pytest.param(case, status, error, id=f"{name}-{status}")
    for case, name in zip(CASES, CASE_IDS, strict=True)
    for status, error in DOCUMENTED_ERRORS
]


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_success(call: Any, case: Case) -> None:
    module, kwargs, method, path, query, sent, status, body, parsed_type = case
    handler = respond(status, body)
    result = call(module, client=call.client(handler), **kwargs())
    (request,) = handler.requests
    assert_request(request, method, path, query, sent)
    if body is not None:
        assert result.to_dict() == body
    assert type(result) is parsed_type


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_detailed_returns_status_and_parsed(call: Any, case: Case) -> None:
    module, kwargs, *_, status, body, parsed_type = case
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
def test_unstable_operations_need_opting_in(call: Any, case: Case) -> None:
    module, kwargs, *_, status, body, _ = case
    handler = respond(status, body)
    with pytest.raises(UnstableOperationError):
        call(module, client=call.client(handler, unstable=False), **kwargs())
    assert handler.requests == []


@pytest.mark.parametrize(
    ("kwargs", "query"),
    [
        ({"include": ["users"]}, {"include": "users"}),
        ({"filter_attachment_type": ["postmortem", "link"]}, {"filter[attachment_type]": "postmortem,link"}),
        (
            {"include": ["users", "last_modified_by_user"], "filter_attachment_type": ["link"]},
            {"include": "users,last_modified_by_user", "filter[attachment_type]": "link"},
        ),
    ],
    ids=["include", "filter", "both"],
)
def test_list_attachments_sends_array_parameters_comma_separated(
    call: Any, kwargs: dict[str, Any], query: dict[str, str]
) -> None:
    handler = respond(200, ATTACHMENTS_RESPONSE)
    call(list_incident_attachments, INCIDENT_ID, client=call.client(handler), **kwargs)
    (request,) = handler.requests
    assert_request(request, "GET", ATTACHMENTS, query, None)


def test_update_attachments_sends_include(call: Any) -> None:
    handler = respond(200, ATTACHMENTS_RESPONSE)
    body = IncidentAttachmentUpdateRequest.from_dict(copy.deepcopy(ATTACHMENTS_BODY))
    call(update_incident_attachments, INCIDENT_ID, client=call.client(handler), body=body, include=["users"])
    (request,) = handler.requests
    assert_request(request, "PATCH", ATTACHMENTS, {"include": "users"}, ATTACHMENTS_BODY)


def test_attachment_responses_parse_each_attachment_type(call: Any) -> None:
    result = call(list_incident_attachments, INCIDENT_ID, client=call.client(respond(200, ATTACHMENTS_RESPONSE)))
    assert isinstance(result, IncidentAttachmentsResponse)
    assert [type(item.attributes) for item in result.data] == [
        IncidentAttachmentPostmortemAttributes,
        IncidentAttachmentLinkAttributes,
    ]
    assert result.included is not None
    assert [type(item) for item in result.included] == [IncidentUserData]


def test_integration_list_parses_slack_and_jira_metadata(call: Any) -> None:
    handler = respond(200, INTEGRATIONS_RESPONSE)
    result = call(list_incident_integrations, INCIDENT_ID, client=call.client(handler))
    assert isinstance(result, IncidentIntegrationMetadataListResponse)
    metadata = [item.attributes.metadata for item in result.data if item.attributes is not None]
    assert [type(m) for m in metadata] == [IncidentIntegrationMetadataSlack, IncidentIntegrationMetadataJira]
    assert result.meta is not None
    assert result.meta.pagination is not None
    assert result.meta.pagination.next_offset == 1000


def test_todo_response_parses_both_assignee_kinds(call: Any) -> None:
    result = call(get_incident_todo, INCIDENT_ID, TODO_ID, client=call.client(respond(200, TODO_RESPONSE)))
    assert isinstance(result, IncidentTodoResponse)
    assert result.data.attributes is not None
    assert [type(a) for a in result.data.attributes.assignees] == [str, IncidentTodoAnonymousAssignee]


ESCAPED_INCIDENT = "/api/v2/incidents/inc%2F1%3Fx%23y"
ESCAPE_CASES = [
    (
        get_incident_integration,
        ("inc/1?x#y", "meta/2?z#w"),
        f"{ESCAPED_INCIDENT}/relationships/integrations/meta%2F2%3Fz%23w",
        200,
        INTEGRATION_RESPONSE,
    ),
    (delete_incident_todo, ("inc/1?x#y", "todo?#1"), f"{ESCAPED_INCIDENT}/relationships/todos/todo%3F%231", 204, None),
]


@pytest.mark.parametrize(
    ("module", "args", "path", "status", "body"), ESCAPE_CASES, ids=["get_incident_integration", "delete_incident_todo"]
)
def test_path_parameters_are_percent_escaped(
    call: Any, module: ModuleType, args: tuple[str, ...], path: str, status: int, body: Any
) -> None:
    handler = respond(status, body)
    call(module, *args, client=call.client(handler))
    (request,) = handler.requests
    assert request.url.raw_path == path.encode()
    assert dict(request.url.params) == {}
