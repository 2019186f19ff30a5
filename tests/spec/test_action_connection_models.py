"""Action Connection models: every oneOf option parses into its own type and back; placeholders stay typed;
unknown integration kinds and credential types are kept raw."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from datadog_async.models import (
    ActionConnectionAttributes,
    ActionConnectionAttributesUpdate,
    ActionConnectionAWSAssumeRole,
    ActionConnectionAWSAssumeRoleUpdate,
    ActionConnectionAWSIntegration,
    ActionConnectionAWSIntegrationUpdate,
    ActionConnectionHTTPBody,
    ActionConnectionHTTPHeader,
    ActionConnectionHTTPHeaderUpdate,
    ActionConnectionHTTPIntegration,
    ActionConnectionHTTPIntegrationUpdate,
    ActionConnectionHTTPToken,
    ActionConnectionHTTPTokenAuth,
    ActionConnectionHTTPTokenAuthUpdate,
    ActionConnectionHTTPTokenUpdate,
    ActionConnectionResponse,
    ActionConnectionUrlParam,
    ActionConnectionUrlParamUpdate,
)
from datadog_async.models.action_connection_aws_assume_role_type import is_action_connection_aws_assume_role_type
from datadog_async.models.action_connection_http_token_auth_type import is_action_connection_http_token_auth_type
from datadog_async.types import ModelValidationError
from helpers import parse_strict

# The integration of the seed's response example (get / create / update).
AWS_INTEGRATION: dict[str, Any] = {
    "credentials": {
        "account_id": "111222333444",
        "external_id": "33a1011635c44b38a064cf14e82e1d8f",
        "principal_id": "123456789012",
        "role": "my-role",
        "type": "AWSAssumeRole",
    },
    "type": "AWS",
}
# The seed's request example (create): only the required credential fields.
AWS_INTEGRATION_MINIMAL: dict[str, Any] = {
    "type": "AWS",
    "credentials": {"type": "AWSAssumeRole", "role": "MyRoleUpdated", "account_id": "123456789123"},
}
# Every field of the HTTP option's tree (the seed has no HTTP example).
HTTP_INTEGRATION: dict[str, Any] = {
    "base_url": "https://status.example.com/api/v1",
    "credentials": {
        "body": {"content": '{"scope": "read"}', "content_type": "application/json"},
        "headers": [{"name": "X-Org", "value": "acme"}],
        "tokens": [{"name": "api_token", "type": "SECRET", "value": "s3cr3t"}],
        "type": "HTTPTokenAuth",
        "url_parameters": [{"name": "region", "value": "eu"}],
    },
    "type": "HTTP",
}
HTTP_INTEGRATION_MINIMAL: dict[str, Any] = {
    "base_url": "https://status.example.com",
    "credentials": {"type": "HTTPTokenAuth"},
    "type": "HTTP",
}


@pytest.mark.parametrize(
    ("integration", "integration_type", "credentials_type"),
    [
        (AWS_INTEGRATION, ActionConnectionAWSIntegration, ActionConnectionAWSAssumeRole),
        (AWS_INTEGRATION_MINIMAL, ActionConnectionAWSIntegration, ActionConnectionAWSAssumeRole),
        (HTTP_INTEGRATION, ActionConnectionHTTPIntegration, ActionConnectionHTTPTokenAuth),
        (HTTP_INTEGRATION_MINIMAL, ActionConnectionHTTPIntegration, ActionConnectionHTTPTokenAuth),
    ],
)
def test_integration_options_round_trip(
    integration: dict[str, Any], integration_type: type, credentials_type: type
) -> None:
    raw = {"integration": integration, "name": "My Connection"}
    attributes = ActionConnectionAttributes.from_dict(copy.deepcopy(raw))
    assert type(attributes.integration) is integration_type
    assert isinstance(attributes.integration, ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration)
    assert type(attributes.integration.credentials) is credentials_type
    assert attributes.to_dict() == raw


def test_http_token_auth_items_are_typed() -> None:
    auth = ActionConnectionHTTPTokenAuth.from_dict(copy.deepcopy(HTTP_INTEGRATION["credentials"]))
    assert isinstance(auth.body, ActionConnectionHTTPBody)
    assert auth.body.content_type == "application/json"
    assert isinstance(auth.headers, list)
    assert [type(h) for h in auth.headers] == [ActionConnectionHTTPHeader]
    assert isinstance(auth.tokens, list)
    assert [(type(t), t.type_, t.value) for t in auth.tokens] == [(ActionConnectionHTTPToken, "SECRET", "s3cr3t")]
    assert isinstance(auth.url_parameters, list)
    assert [type(p) for p in auth.url_parameters] == [ActionConnectionUrlParam]


# The update tree: everything but the `type` tags (and item names) is optional.
AWS_UPDATE: dict[str, Any] = {
    "type": "AWS",
    "credentials": {"type": "AWSAssumeRole", "generate_new_external_id": True, "role": "MyRoleUpdated"},
}
HTTP_UPDATE: dict[str, Any] = {
    "base_url": "https://status.example.com/api/v2",
    "credentials": {
        "body": {"content": "{}"},
        "headers": [{"deleted": True, "name": "X-Old"}, {"name": "X-Org", "value": "acme"}],
        "tokens": [{"deleted": False, "name": "api_token", "type": "SECRET", "value": "n3w"}],
        "type": "HTTPTokenAuth",
        "url_parameters": [{"deleted": True, "name": "region"}],
    },
    "type": "HTTP",
}


@pytest.mark.parametrize(
    ("integration", "integration_type", "credentials_type"),
    [
        (AWS_UPDATE, ActionConnectionAWSIntegrationUpdate, ActionConnectionAWSAssumeRoleUpdate),
        ({"type": "AWS"}, ActionConnectionAWSIntegrationUpdate, type(None)),
        (HTTP_UPDATE, ActionConnectionHTTPIntegrationUpdate, ActionConnectionHTTPTokenAuthUpdate),
        ({"type": "HTTP"}, ActionConnectionHTTPIntegrationUpdate, type(None)),
    ],
)
def test_integration_update_options_round_trip(
    integration: dict[str, Any], integration_type: type, credentials_type: type
) -> None:
    raw = {"integration": integration}
    attributes = ActionConnectionAttributesUpdate.from_dict(copy.deepcopy(raw))
    assert type(attributes.integration) is integration_type
    assert isinstance(
        attributes.integration, ActionConnectionAWSIntegrationUpdate | ActionConnectionHTTPIntegrationUpdate
    )
    assert type(attributes.integration.credentials) is credentials_type
    assert attributes.to_dict() == raw


def test_http_token_auth_update_items_are_typed() -> None:
    auth = ActionConnectionHTTPTokenAuthUpdate.from_dict(copy.deepcopy(HTTP_UPDATE["credentials"]))
    assert isinstance(auth.headers, list)
    deleted, added = auth.headers
    assert (type(deleted), deleted.deleted, deleted.name) == (ActionConnectionHTTPHeaderUpdate, True, "X-Old")
    assert deleted.value is None
    assert (type(added), added.value) == (ActionConnectionHTTPHeaderUpdate, "acme")
    assert added.deleted is None
    assert isinstance(auth.tokens, list)
    assert [type(t) for t in auth.tokens] == [ActionConnectionHTTPTokenUpdate]
    assert isinstance(auth.url_parameters, list)
    assert [type(p) for p in auth.url_parameters] == [ActionConnectionUrlParamUpdate]


def test_empty_attributes_update_is_valid() -> None:
    assert ActionConnectionAttributesUpdate.from_dict({}).to_dict() == {}


def test_unknown_integration_type_is_kept_raw() -> None:
    # Datadog adds integration kinds without notice: a `type` no option knows keeps the raw object.
    raw = {"integration": {**copy.deepcopy(AWS_INTEGRATION), "type": "GCP"}, "name": "x"}
    attributes = ActionConnectionAttributes.from_dict(copy.deepcopy(raw))
    assert isinstance(attributes.integration, dict)
    assert attributes.integration == raw["integration"]
    assert attributes.to_dict() == raw


@pytest.mark.parametrize(
    ("integration", "integration_type", "credentials_type", "is_known", "unknown_type"),
    [
        pytest.param(
            {**AWS_INTEGRATION, "credentials": {**AWS_INTEGRATION["credentials"], "type": "HTTPTokenAuth"}},
            ActionConnectionAWSIntegration,
            ActionConnectionAWSAssumeRole,
            is_action_connection_aws_assume_role_type,
            "HTTPTokenAuth",
            id="aws-credentials-tagged-http-token-auth",
        ),
        pytest.param(
            {**HTTP_INTEGRATION, "credentials": {"type": "AWSAssumeRole"}},
            ActionConnectionHTTPIntegration,
            ActionConnectionHTTPTokenAuth,
            is_action_connection_http_token_auth_type,
            "AWSAssumeRole",
            id="http-credentials-tagged-aws-assume-role",
        ),
    ],
)
def test_unknown_credentials_type_is_kept_raw(
    integration: dict[str, Any],
    integration_type: type,
    credentials_type: type,
    is_known: Callable[[object], bool],
    unknown_type: str,
) -> None:
    # `credentials` is not a oneOf: its `type` is a single-value enum, and a value the enum does not know is
    # kept as the raw string (forward compatibility) instead of failing the whole response.
    raw = {"integration": copy.deepcopy(integration), "name": "x"}
    attributes = ActionConnectionAttributes.from_dict(copy.deepcopy(raw))
    assert type(attributes.integration) is integration_type
    assert isinstance(attributes.integration, ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration)
    credentials = attributes.integration.credentials
    assert type(credentials) is credentials_type
    assert credentials.type_ == unknown_type
    assert not is_known(credentials.type_)
    assert attributes.to_dict() == raw


@pytest.mark.parametrize(
    ("integration", "path"),
    [
        # A known tag whose body does not fit its option is still an error.
        pytest.param({**AWS_INTEGRATION, "type": "HTTP"}, ["integration", "base_url"], id="aws-shape-tagged-http"),
        pytest.param(
            {**HTTP_INTEGRATION, "type": "AWS"},
            ["integration", "credentials", "account_id"],
            id="http-shape-tagged-aws",
        ),
        pytest.param(
            {**HTTP_INTEGRATION, "credentials": {"type": "HTTPTokenAuth", "tokens": [{"name": "t", "value": "v"}]}},
            ["integration", "credentials", "tokens", 0, "type"],
            id="token-without-type",
        ),
    ],
)
def test_known_type_tag_with_a_mismatched_body_is_rejected(integration: dict[str, Any], path: list[str | int]) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(ActionConnectionAttributes, {"integration": copy.deepcopy(integration), "name": "x"})
    assert info.value.path == path
    assert info.value.reason == "missing required field"
    assert str(info.value) == ".".join(map(str, path)) + ": missing required field"


def test_string_placeholder_of_the_seed_example_stays_a_string() -> None:
    # The seed's response example has `"id": "string"`: a placeholder, but in a string field, so the spec
    # example keeps it verbatim and it parses as the literal string.
    raw = {
        "data": {
            "attributes": {"integration": AWS_INTEGRATION, "name": "My AWS Connection"},
            "id": "string",
            "type": "action_connection",
        }
    }
    response = ActionConnectionResponse.from_dict(copy.deepcopy(raw))
    assert response.data is not None
    assert response.data.id == "string"
    assert response.to_dict() == raw


# The only non-string scalar of the Action Connection trees is boolean. The seed has no placeholder there; these
# guard the "placeholder in a typed field" rule (`"generate_new_external_id": "boolean"`).
BOOLEAN_PLACEHOLDER: dict[str, Any] = {"type": "AWSAssumeRole", "generate_new_external_id": "boolean"}


def test_boolean_placeholder_is_rejected_naming_the_field() -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(ActionConnectionAWSAssumeRoleUpdate, dict(BOOLEAN_PLACEHOLDER))
    assert info.value.path == ["generate_new_external_id"]
    assert info.value.reason == "expected a boolean, got string 'boolean'"
    assert str(info.value) == "generate_new_external_id: expected a boolean, got string 'boolean'"


def test_boolean_substituted_value_round_trips() -> None:
    raw = {**BOOLEAN_PLACEHOLDER, "generate_new_external_id": True}
    role = ActionConnectionAWSAssumeRoleUpdate.from_dict(dict(raw))
    assert role.generate_new_external_id is True
    assert role.to_dict() == raw
