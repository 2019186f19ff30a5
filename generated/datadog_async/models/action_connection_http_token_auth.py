from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_http_token_auth_type import (
    ActionConnectionHTTPTokenAuthType,
    check_action_connection_http_token_auth_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_connection_http_body import ActionConnectionHTTPBody
    from ..models.action_connection_http_header import ActionConnectionHTTPHeader
    from ..models.action_connection_http_token import ActionConnectionHTTPToken
    from ..models.action_connection_url_param import ActionConnectionUrlParam


T = TypeVar("T", bound="ActionConnectionHTTPTokenAuth")


@_attrs_define
class ActionConnectionHTTPTokenAuth:
    """The definition of HTTPTokenAuth object."""

    type_: ActionConnectionHTTPTokenAuthType
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
        type_: str = self.type_

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = []
            for tokens_item_data in self.tokens:
                tokens_item = tokens_item_data.to_dict()
                tokens.append(tokens_item)

        url_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.url_parameters, Unset):
            url_parameters = []
            for url_parameters_item_data in self.url_parameters:
                url_parameters_item = url_parameters_item_data.to_dict()
                url_parameters.append(url_parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if headers is not UNSET:
            field_dict["headers"] = headers
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if url_parameters is not UNSET:
            field_dict["url_parameters"] = url_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_connection_http_body import ActionConnectionHTTPBody  # noqa: PLC0415
        from ..models.action_connection_http_header import ActionConnectionHTTPHeader  # noqa: PLC0415
        from ..models.action_connection_http_token import ActionConnectionHTTPToken  # noqa: PLC0415
        from ..models.action_connection_url_param import ActionConnectionUrlParam  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_action_connection_http_token_auth_type(d.pop("type"))

        _body = d.pop("body", UNSET)
        body: ActionConnectionHTTPBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ActionConnectionHTTPBody.from_dict(_body)

        _headers = d.pop("headers", UNSET)
        headers: list[ActionConnectionHTTPHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = ActionConnectionHTTPHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        _tokens = d.pop("tokens", UNSET)
        tokens: list[ActionConnectionHTTPToken] | Unset = UNSET
        if _tokens is not UNSET:
            tokens = []
            for tokens_item_data in _tokens:
                tokens_item = ActionConnectionHTTPToken.from_dict(tokens_item_data)

                tokens.append(tokens_item)

        _url_parameters = d.pop("url_parameters", UNSET)
        url_parameters: list[ActionConnectionUrlParam] | Unset = UNSET
        if _url_parameters is not UNSET:
            url_parameters = []
            for url_parameters_item_data in _url_parameters:
                url_parameters_item = ActionConnectionUrlParam.from_dict(url_parameters_item_data)

                url_parameters.append(url_parameters_item)

        action_connection_http_token_auth = cls(
            type_=type_,
            body=body,
            headers=headers,
            tokens=tokens,
            url_parameters=url_parameters,
        )

        action_connection_http_token_auth.additional_properties = d
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
