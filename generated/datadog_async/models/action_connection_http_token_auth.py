from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_http_token_auth_type import (
    ActionConnectionHTTPTokenAuthType,
)
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="ActionConnectionHTTPTokenAuth")


@_attrs_define
class ActionConnectionHTTPTokenAuth:
    """The definition of HTTPTokenAuth object."""

    type_: ActionConnectionHTTPTokenAuthType | str
    """ The definition of HTTPTokenAuthType object. """
    body: ActionConnectionHTTPBody | Unset = UNSET
    """ The definition of HTTPBody object. """
    headers: list[ActionConnectionHTTPHeader] | Unset = UNSET
    """ The HTTPTokenAuth headers. """
    tokens: list[ActionConnectionHTTPToken] | Unset = UNSET
    """ The HTTPTokenAuth tokens. """
    url_parameters: list[ActionConnectionUrlParam] | Unset = UNSET
    """ The HTTPTokenAuth url_parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        if not isinstance(self.body, Unset):
            field_dict["body"] = self.body.to_dict()
        if not isinstance(self.headers, Unset):
            field_dict["headers"] = [_v0.to_dict() for _v0 in self.headers]
        if not isinstance(self.tokens, Unset):
            field_dict["tokens"] = [_v0.to_dict() for _v0 in self.tokens]
        if not isinstance(self.url_parameters, Unset):
            field_dict["url_parameters"] = [_v0.to_dict() for _v0 in self.url_parameters]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        _absent = 0  # optional fields not in the object
        body = d.get("body", UNSET)
        if body is UNSET:
            _absent += 1
        else:
            try:
                body = ActionConnectionHTTPBody.from_dict(body)
            except ModelValidationError as _e:
                _e.path.insert(0, "body")
                raise
        headers = d.get("headers", UNSET)
        if headers is UNSET:
            _absent += 1
        else:
            if not isinstance(headers, list):
                raise ModelValidationError.expected("headers", "an array", headers)
            try:
                headers = [ActionConnectionHTTPHeader.from_dict(_v0) for _v0 in headers]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, headers, ActionConnectionHTTPHeader.from_dict)
                _e.path.insert(0, "headers")
                raise
        tokens = d.get("tokens", UNSET)
        if tokens is UNSET:
            _absent += 1
        else:
            if not isinstance(tokens, list):
                raise ModelValidationError.expected("tokens", "an array", tokens)
            try:
                tokens = [ActionConnectionHTTPToken.from_dict(_v0) for _v0 in tokens]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, tokens, ActionConnectionHTTPToken.from_dict)
                _e.path.insert(0, "tokens")
                raise
        url_parameters = d.get("url_parameters", UNSET)
        if url_parameters is UNSET:
            _absent += 1
        else:
            if not isinstance(url_parameters, list):
                raise ModelValidationError.expected("url_parameters", "an array", url_parameters)
            try:
                url_parameters = [ActionConnectionUrlParam.from_dict(_v0) for _v0 in url_parameters]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, url_parameters, ActionConnectionUrlParam.from_dict)
                _e.path.insert(0, "url_parameters")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_http_token_auth = cls(
            type_,
            body,
            headers,
            tokens,
            url_parameters,
        )
        if len(d) + _absent > 5:  # keys other than the fields above
            action_connection_http_token_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return action_connection_http_token_auth

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "body",
        "headers",
        "tokens",
        "url_parameters",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.action_connection_http_body import ActionConnectionHTTPBody  # noqa: E402
from ..models.action_connection_http_header import ActionConnectionHTTPHeader  # noqa: E402
from ..models.action_connection_http_token import ActionConnectionHTTPToken  # noqa: E402
from ..models.action_connection_url_param import ActionConnectionUrlParam  # noqa: E402
