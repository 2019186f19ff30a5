"""Action Connection models: every oneOf option parses into its own type and back; placeholders stay typed."""

from __future__ import annotations

import copy
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
from datadog_async.types import Unset

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
    assert not isinstance(attributes.integration, Unset)
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
        ({"type": "AWS"}, ActionConnectionAWSIntegrationUpdate, Unset),
        (HTTP_UPDATE, ActionConnectionHTTPIntegrationUpdate, ActionConnectionHTTPTokenAuthUpdate),
        ({"type": "HTTP"}, ActionConnectionHTTPIntegrationUpdate, Unset),
    ],
)
def test_integration_update_options_round_trip(
    integration: dict[str, Any], integration_type: type, credentials_type: type
) -> None:
    raw = {"integration": integration}
    attributes = ActionConnectionAttributesUpdate.from_dict(copy.deepcopy(raw))
    assert type(attributes.integration) is integration_type
    assert not isinstance(attributes.integration, Unset)
    assert type(attributes.integration.credentials) is credentials_type
    assert attributes.to_dict() == raw


def test_http_token_auth_update_items_are_typed() -> None:
    auth = ActionConnectionHTTPTokenAuthUpdate.from_dict(copy.deepcopy(HTTP_UPDATE["credentials"]))
    assert isinstance(auth.headers, list)
    deleted, added = auth.headers
    assert (type(deleted), deleted.deleted, deleted.name) == (ActionConnectionHTTPHeaderUpdate, True, "X-Old")
    assert isinstance(deleted.value, Unset)
    assert (type(added), added.value) == (ActionConnectionHTTPHeaderUpdate, "acme")
    assert isinstance(added.deleted, Unset)
    assert isinstance(auth.tokens, list)
    assert [type(t) for t in auth.tokens] == [ActionConnectionHTTPTokenUpdate]
    assert isinstance(auth.url_parameters, list)
    assert [type(p) for p in auth.url_parameters] == [ActionConnectionUrlParamUpdate]


def test_empty_attributes_update_is_valid() -> None:
    assert ActionConnectionAttributesUpdate.from_dict({}).to_dict() == {}


@pytest.mark.parametrize(
    "integration",
    [
        pytest.param({**AWS_INTEGRATION, "type": "GCP"}, id="unknown-integration-type"),
        pytest.param({**AWS_INTEGRATION, "type": "HTTP"}, id="aws-shape-tagged-http"),
        pytest.param({**HTTP_INTEGRATION, "type": "AWS"}, id="http-shape-tagged-aws"),
        pytest.param(
            {**AWS_INTEGRATION, "credentials": {**AWS_INTEGRATION["credentials"], "type": "HTTPTokenAuth"}},
            id="aws-credentials-tagged-http-token-auth",
        ),
        pytest.param(
            {**HTTP_INTEGRATION, "credentials": {"type": "AWSAssumeRole"}},
            id="http-credentials-tagged-aws-assume-role",
        ),
        pytest.param(
            {**HTTP_INTEGRATION, "credentials": {"type": "HTTPTokenAuth", "tokens": [{"name": "t", "value": "v"}]}},
            id="token-without-type",
        ),
    ],
)
def test_mismatched_type_tags_are_rejected(integration: dict[str, Any]) -> None:
    with pytest.raises((KeyError, TypeError, ValueError)):
        ActionConnectionAttributes.from_dict({"integration": copy.deepcopy(integration), "name": "x"})


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
    assert not isinstance(response.data, Unset)
    assert response.data.id == "string"
    assert response.to_dict() == raw


# The only non-string scalar of the Action Connection trees is boolean. The seed has no placeholder there; these
# guard the "placeholder in a typed field" rule (`"generate_new_external_id": "boolean"`).
BOOLEAN_PLACEHOLDER: dict[str, Any] = {"type": "AWSAssumeRole", "generate_new_external_id": "boolean"}


@pytest.mark.xfail(strict=True, reason="stock openapi-python-client models do not type-check boolean fields")
def test_boolean_placeholder_is_rejected() -> None:
    with pytest.raises((TypeError, ValueError)):
        ActionConnectionAWSAssumeRoleUpdate.from_dict(dict(BOOLEAN_PLACEHOLDER))


def test_boolean_substituted_value_round_trips() -> None:
    raw = {**BOOLEAN_PLACEHOLDER, "generate_new_external_id": True}
    role = ActionConnectionAWSAssumeRoleUpdate.from_dict(dict(raw))
    assert role.generate_new_external_id is True
    assert role.to_dict() == raw
