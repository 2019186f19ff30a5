"""Incident attachment, integration metadata and todo models: every oneOf option parses into its own type and
back, the bulk attachment PATCH keeps "not set" apart from a value, and the seed's placeholders stay typed."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from datadog_async.models import (
    IncidentAttachmentData,
    IncidentAttachmentLinkAttributes,
    IncidentAttachmentPostmortemAttributes,
    IncidentAttachmentUpdateData,
    IncidentAttachmentUpdateRequest,
    IncidentIntegrationMetadataAttributes,
    IncidentIntegrationMetadataJira,
    IncidentIntegrationMetadataJiraIssueItem,
    IncidentIntegrationMetadataResponse,
    IncidentIntegrationMetadataSlack,
    IncidentIntegrationMetadataSlackChannelItem,
    IncidentTodoAnonymousAssignee,
    IncidentTodoAttributes,
    IncidentTodoPatchRequest,
    IncidentTodoResponse,
)
from datadog_async.models import (
    IncidentAttachmentLinkAttributesAttachmentObject as LinkDocument,
)
from datadog_async.models import (
    IncidentAttachmentPostmortemAttributesAttachmentObject as PostmortemDocument,
)
from datadog_async.models.incident_todo_anonymous_assignee_source import is_incident_todo_anonymous_assignee_source
from datadog_async.types import UNSET, ModelValidationError
from helpers import parse_strict

# ------------------------------------------------------------------------------------------ attachments
POSTMORTEM_ATTRIBUTES: dict[str, Any] = {  # the seed's response example
    "attachment": {"documentUrl": "https://app.datadoghq.com/notebook/123", "title": "Postmortem IR-123"},
    "attachment_type": "postmortem",
}
LINK_ATTRIBUTES: dict[str, Any] = {  # the seed's request example
    "attachment_type": "link",
    "attachment": {"documentUrl": "https://www.example.com/doc", "title": "Example-Incident"},
}
LINK_ATTRIBUTES_MODIFIED: dict[str, Any] = {**LINK_ATTRIBUTES, "modified": "2019-09-19T10:00:00+00:00"}


def attachment(attributes: dict[str, Any]) -> dict[str, Any]:
    return {
        "attributes": copy.deepcopy(attributes),
        "id": "00000000-abcd-0001-0000-000000000000",
        "relationships": {
            "last_modified_by_user": {"data": {"id": "00000000-0000-0000-2345-000000000000", "type": "users"}}
        },
        "type": "incident_attachments",
    }


@pytest.mark.parametrize(
    ("attributes", "attributes_type", "document_type"),
    [
        (POSTMORTEM_ATTRIBUTES, IncidentAttachmentPostmortemAttributes, PostmortemDocument),
        (LINK_ATTRIBUTES, IncidentAttachmentLinkAttributes, LinkDocument),
        (LINK_ATTRIBUTES_MODIFIED, IncidentAttachmentLinkAttributes, LinkDocument),
    ],
    ids=["postmortem", "link", "link-modified"],
)
def test_attachment_attribute_options_round_trip(
    attributes: dict[str, Any], attributes_type: type, document_type: type
) -> None:
    raw = attachment(attributes)
    parsed = IncidentAttachmentData.from_dict(copy.deepcopy(raw))
    assert type(parsed.attributes) is attributes_type
    assert isinstance(parsed.attributes, IncidentAttachmentPostmortemAttributes | IncidentAttachmentLinkAttributes)
    assert type(parsed.attributes.attachment) is document_type
    assert parsed.attributes.attachment_type == attributes["attachment_type"]
    assert parsed.to_dict() == raw


def test_link_modified_is_a_datetime() -> None:
    parsed = IncidentAttachmentData.from_dict(attachment(LINK_ATTRIBUTES_MODIFIED))
    assert isinstance(parsed.attributes, IncidentAttachmentLinkAttributes)
    assert parsed.attributes.modified == dt.datetime(2019, 9, 19, 10, tzinfo=dt.UTC)


def test_unknown_attachment_type_is_kept_raw() -> None:
    # An attachment type neither option knows (Datadog adds them without notice) keeps the raw object.
    raw = attachment({**LINK_ATTRIBUTES, "attachment_type": "video"})
    parsed = IncidentAttachmentData.from_dict(copy.deepcopy(raw))
    assert isinstance(parsed.attributes, dict)
    assert parsed.attributes == raw["attributes"]
    assert parsed.to_dict() == raw


@pytest.mark.parametrize(
    ("attributes", "path"),
    [
        ({"attachment_type": "link"}, ["attributes", "attachment"]),  # the required `attachment` missing
        ({"attachment_type": "postmortem"}, ["attributes", "attachment"]),
        ({"attachment": LINK_ATTRIBUTES["attachment"]}, ["attributes", "attachment_type"]),  # the tag missing
        ({**LINK_ATTRIBUTES, "attachment": {"title": "t"}}, ["attributes", "attachment", "documentUrl"]),
    ],
    ids=["link-without-attachment", "postmortem-without-attachment", "no-attachment-type", "link-without-url"],
)
def test_invalid_attachment_attributes_are_rejected(attributes: dict[str, Any], path: list[str | int]) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(IncidentAttachmentData, attachment(attributes))
    assert info.value.path == path
    assert info.value.reason == "missing required field"
    assert str(info.value) == ".".join(map(str, path)) + ": missing required field"


# The bulk PATCH: create = no `id`; delete = `id` without `attributes`; update = `id` and `attributes`.
def link(title: str) -> IncidentAttachmentLinkAttributes:
    return IncidentAttachmentLinkAttributes(
        attachment=LinkDocument(document_url=f"https://www.example.com/{title}", title=title),
        attachment_type="link",
    )


def test_bulk_patch_request_serializes_create_update_and_delete_items() -> None:
    request = IncidentAttachmentUpdateRequest(
        data=[
            IncidentAttachmentUpdateData(type_="incident_attachments", attributes=link("new")),
            IncidentAttachmentUpdateData(type_="incident_attachments", id="att-1", attributes=link("renamed")),
            IncidentAttachmentUpdateData(type_="incident_attachments", id="att-2"),
        ]
    )
    assert request.to_dict() == {
        "data": [
            {
                "type": "incident_attachments",
                "attributes": {
                    "attachment": {"documentUrl": "https://www.example.com/new", "title": "new"},
                    "attachment_type": "link",
                },
            },
            {
                "type": "incident_attachments",
                "id": "att-1",
                "attributes": {
                    "attachment": {"documentUrl": "https://www.example.com/renamed", "title": "renamed"},
                    "attachment_type": "link",
                },
            },
            {"type": "incident_attachments", "id": "att-2"},
        ]
    }


@pytest.mark.parametrize(
    ("item", "has_id", "has_attributes"),
    [
        ({"type": "incident_attachments", "attributes": POSTMORTEM_ATTRIBUTES}, False, True),  # create
        ({"type": "incident_attachments", "id": "att-1", "attributes": LINK_ATTRIBUTES}, True, True),  # update
        ({"type": "incident_attachments", "id": "att-2"}, True, False),  # delete
    ],
    ids=["create", "update", "delete"],
)
def test_bulk_patch_items_keep_absent_keys_absent(item: dict[str, Any], has_id: bool, has_attributes: bool) -> None:
    parsed = IncidentAttachmentUpdateData.from_dict(copy.deepcopy(item))
    assert (parsed.id is None) is not has_id  # absent reads None
    assert (parsed.attributes is None) is not has_attributes
    serialized = parsed.to_dict()
    assert serialized == item
    assert None not in serialized.values()  # an unset key is omitted, never sent as null


def test_bulk_patch_seed_example_is_a_create_item(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/api/v2/incidents/{incident_id}/attachments"]["patch"]
    example = operation["requestBody"]["content"]["application/json"]["example"]
    request = IncidentAttachmentUpdateRequest.from_dict(copy.deepcopy(example))
    (item,) = request.data
    assert item.id is None
    assert isinstance(item.attributes, IncidentAttachmentLinkAttributes)
    assert request.to_dict() == example


# ----------------------------------------------------------------------------------- integration metadata
SLACK_METADATA: dict[str, Any] = {  # the seed's request example
    "channels": [
        {
            "channel_id": "C0123456789",
            "channel_name": "#new-channel",
            "team_id": "T01234567",
            "redirect_url": "https://slack.com/app_redirect?channel=C0123456789&team=T01234567",
        }
    ]
}
SLACK_METADATA_MINIMAL: dict[str, Any] = {
    "channels": [{"channel_id": "C1", "channel_name": "#incident-1", "redirect_url": "https://slack.com/r/C1"}]
}
JIRA_METADATA: dict[str, Any] = {  # the seed has no Jira example: every field of the Jira option's tree
    "issues": [
        {
            "account": "https://example.atlassian.net",
            "issue_key": "INC-42",
            "issuetype_id": "10001",
            "project_key": "INC",
            "redirect_url": "https://example.atlassian.net/browse/INC-42",
        }
    ]
}
JIRA_METADATA_MINIMAL: dict[str, Any] = {"issues": [{"account": "https://example.atlassian.net", "project_key": "INC"}]}


@pytest.mark.parametrize(
    ("metadata", "integration_type", "metadata_type", "item_type"),
    [
        (SLACK_METADATA, 1, IncidentIntegrationMetadataSlack, IncidentIntegrationMetadataSlackChannelItem),
        (SLACK_METADATA_MINIMAL, 1, IncidentIntegrationMetadataSlack, IncidentIntegrationMetadataSlackChannelItem),
        (JIRA_METADATA, 8, IncidentIntegrationMetadataJira, IncidentIntegrationMetadataJiraIssueItem),
        (JIRA_METADATA_MINIMAL, 8, IncidentIntegrationMetadataJira, IncidentIntegrationMetadataJiraIssueItem),
    ],
    ids=["slack", "slack-minimal", "jira", "jira-minimal"],
)
def test_integration_metadata_options_round_trip(
    metadata: dict[str, Any], integration_type: int, metadata_type: type, item_type: type
) -> None:
    raw = {"integration_type": integration_type, "metadata": copy.deepcopy(metadata)}
    parsed = IncidentIntegrationMetadataAttributes.from_dict(copy.deepcopy(raw))
    assert type(parsed.metadata) is metadata_type
    if isinstance(parsed.metadata, IncidentIntegrationMetadataSlack):
        assert [type(item) for item in parsed.metadata.channels] == [item_type]
    else:
        assert isinstance(parsed.metadata, IncidentIntegrationMetadataJira)
        assert [type(item) for item in parsed.metadata.issues] == [item_type]
    assert parsed.to_dict() == raw


@pytest.mark.parametrize(
    "metadata",
    [{}, {"channel": []}, {"issues": [{"account": "https://example.atlassian.net"}]}],
    ids=["empty", "neither-key", "jira-item-without-project-key"],
)
def test_metadata_matching_no_option_is_kept_raw(metadata: dict[str, Any]) -> None:
    # The Slack and Jira options have no tag: an object neither shape accepts may be metadata of an integration
    # added later, so it is kept as the raw dict and serialised back unchanged.
    raw = {"integration_type": 1, "metadata": copy.deepcopy(metadata)}
    parsed = IncidentIntegrationMetadataAttributes.from_dict(copy.deepcopy(raw))
    assert isinstance(parsed.metadata, dict)
    assert parsed.metadata == metadata
    assert parsed.to_dict() == raw


# The response examples of create/get/update/list have `"status": "integer"`: the spec substitutes 2.
STATUS_PLACEHOLDER: dict[str, Any] = {"integration_type": 1, "metadata": SLACK_METADATA_MINIMAL, "status": "integer"}


def test_spec_examples_substitute_an_integer_status(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}"]
    example = operation["get"]["responses"]["200"]["content"]["application/json"]["example"]
    assert example["data"]["attributes"]["status"] == 2
    parsed = IncidentIntegrationMetadataResponse.from_dict(copy.deepcopy(example))
    assert parsed.data.attributes is not None
    assert parsed.data.attributes.status == 2
    assert isinstance(parsed.data.attributes.metadata, IncidentIntegrationMetadataSlack)


def test_integer_status_round_trips() -> None:
    raw = {**STATUS_PLACEHOLDER, "status": 2}
    parsed = IncidentIntegrationMetadataAttributes.from_dict(copy.deepcopy(raw))
    assert parsed.status == 2
    assert parsed.to_dict() == raw


def test_status_placeholder_is_rejected_naming_the_field() -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(IncidentIntegrationMetadataAttributes, copy.deepcopy(STATUS_PLACEHOLDER))
    assert info.value.path == ["status"]
    assert info.value.reason == "expected an integer, got string 'integer'"
    assert str(info.value) == "status: expected an integer, got string 'integer'"


def test_status_placeholder_in_a_response_names_the_full_path() -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(
            IncidentIntegrationMetadataResponse,
            {"data": {"id": "m-1", "type": "incident_integrations", "attributes": copy.deepcopy(STATUS_PLACEHOLDER)}},
        )
    assert info.value.dotted_path == "data.attributes.status"


# ------------------------------------------------------------------------------------------------ todos
ANONYMOUS: dict[str, Any] = {
    "icon": "https://a.slack-edge.com/avatar.png",
    "id": "U0123456",
    "name": "Jane Responder",
    "source": "slack",
}
ANONYMOUS_TEAMS: dict[str, Any] = {**ANONYMOUS, "id": "29:1abc", "source": "microsoft_teams"}


@pytest.mark.parametrize(
    ("assignee", "assignee_type"),
    [
        ("@test.user@test.com", str),
        (ANONYMOUS, IncidentTodoAnonymousAssignee),
        (ANONYMOUS_TEAMS, IncidentTodoAnonymousAssignee),
    ],
    ids=["handle", "anonymous-slack", "anonymous-microsoft-teams"],
)
def test_assignee_options_round_trip(assignee: Any, assignee_type: type) -> None:
    raw = {"assignees": [copy.deepcopy(assignee)], "content": "Restore lost data."}
    parsed = IncidentTodoAttributes.from_dict(copy.deepcopy(raw))
    assert [type(a) for a in parsed.assignees] == [assignee_type]
    assert parsed.to_dict() == raw


def test_mixed_assignees_keep_their_order_and_types() -> None:
    raw = {"assignees": ["@a", copy.deepcopy(ANONYMOUS), "@b"], "content": "Restore lost data."}
    parsed = IncidentTodoAttributes.from_dict(copy.deepcopy(raw))
    assert [type(a) for a in parsed.assignees] == [str, IncidentTodoAnonymousAssignee, str]
    assert isinstance(parsed.assignees[1], IncidentTodoAnonymousAssignee)
    assert parsed.assignees[1].source == "slack"
    assert parsed.to_dict() == raw


# The list/get/create/update response examples put a placeholder object in `assignees`; the spec substitutes
# the request examples' handle.
ASSIGNEE_PLACEHOLDER: dict[str, Any] = {"description": "undefined", "example": "undefined", "type": "undefined"}


def test_spec_examples_substitute_a_handle_assignee(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/api/v2/incidents/{incident_id}/relationships/todos/{todo_id}"]
    example = operation["get"]["responses"]["200"]["content"]["application/json"]["example"]
    assert example["data"]["attributes"]["assignees"] == ["@test.user@test.com"]
    parsed = IncidentTodoResponse.from_dict(copy.deepcopy(example))
    assert parsed.data.attributes is not None
    assert parsed.data.attributes.assignees == ["@test.user@test.com"]


def test_invalid_assignee_object_is_rejected_naming_the_field() -> None:
    # The seed's placeholder object is not an anonymous assignee (the only object option): its fields are missing.
    with pytest.raises(ModelValidationError) as info:
        parse_strict(IncidentTodoAttributes, {"assignees": ["@a", copy.deepcopy(ASSIGNEE_PLACEHOLDER)], "content": "x"})
    assert info.value.path == ["assignees", 1, "icon"]
    assert info.value.reason == "missing required field"
    assert str(info.value) == "assignees.1.icon: missing required field"


def test_assignee_with_an_unknown_source_is_kept_raw() -> None:
    raw = {"assignees": [{**ANONYMOUS, "source": "email"}], "content": "x"}
    parsed = IncidentTodoAttributes.from_dict(copy.deepcopy(raw))
    (assignee,) = parsed.assignees
    assert isinstance(assignee, IncidentTodoAnonymousAssignee)
    assert assignee.source == "email"
    assert not is_incident_todo_anonymous_assignee_source(assignee.source)
    assert parsed.to_dict() == raw


# `completed` and `due_date` are nullable strings: unset, null and a value are three different requests.
@pytest.mark.parametrize(
    ("extra", "completed", "due_date"),
    [
        ({}, UNSET, UNSET),
        ({"completed": None, "due_date": None}, None, None),
        (
            {"completed": "2023-03-06T22:00:00.000000+00:00", "due_date": "2023-07-10T05:00:00.000000+00:00"},
            "2023-03-06T22:00:00.000000+00:00",
            "2023-07-10T05:00:00.000000+00:00",
        ),
    ],
    ids=["unset", "null", "value"],
)
def test_nullable_timestamps_keep_three_states(extra: dict[str, Any], completed: Any, due_date: Any) -> None:
    raw = {
        "data": {
            "attributes": {"assignees": ["@a"], "content": "Restore lost data.", **extra},
            "type": "incident_todos",
        }
    }
    request = IncidentTodoPatchRequest.from_dict(copy.deepcopy(raw))
    # Reading: unset and null both read None; to_dict() keeps them apart.
    assert request.data.attributes.completed == (None if completed is UNSET else completed)
    assert request.data.attributes.due_date == (None if due_date is UNSET else due_date)
    assert request.to_dict() == raw  # null is sent as null, unset is omitted, strings keep their precision


def test_todo_created_and_modified_are_datetimes() -> None:
    raw = {
        "assignees": [],
        "content": "x",
        "created": "2019-09-19T10:00:00+00:00",
        "modified": "2019-09-19T11:30:00+00:00",
    }
    parsed = IncidentTodoAttributes.from_dict(copy.deepcopy(raw))
    assert parsed.created == dt.datetime(2019, 9, 19, 10, tzinfo=dt.UTC)
    assert parsed.modified == dt.datetime(2019, 9, 19, 11, 30, tzinfo=dt.UTC)
    assert parsed.to_dict() == raw


def test_unknown_anonymous_assignee_source_is_kept_raw() -> None:
    raw = {**ANONYMOUS, "source": "email"}
    assignee = IncidentTodoAnonymousAssignee.from_dict(copy.deepcopy(raw))
    assert assignee.source == "email"
    assert type(assignee.source) is str
    assert not is_incident_todo_anonymous_assignee_source(assignee.source)
    assert is_incident_todo_anonymous_assignee_source("microsoft_teams")
    assert assignee.to_dict() == raw
