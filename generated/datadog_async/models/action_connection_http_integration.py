from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_http_integration_type import (
    ActionConnectionHTTPIntegrationType,
    check_action_connection_http_integration_type,
)

if TYPE_CHECKING:
    from ..models.action_connection_http_token_auth import ActionConnectionHTTPTokenAuth


T = TypeVar("T", bound="ActionConnectionHTTPIntegration")


@_attrs_define
class ActionConnectionHTTPIntegration:
    """The definition of HTTPIntegration object."""

    base_url: str
    """ Base HTTP url for the integration """
    credentials: ActionConnectionHTTPTokenAuth
    """ The definition of HTTPTokenAuth object. """
    type_: ActionConnectionHTTPIntegrationType
    """ The definition of HTTPIntegrationType object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        credentials = self.credentials.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_url": base_url,
                "credentials": credentials,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_connection_http_token_auth import ActionConnectionHTTPTokenAuth  # noqa: PLC0415

        d = dict(src_dict)
        base_url = d.pop("base_url")

        credentials = ActionConnectionHTTPTokenAuth.from_dict(d.pop("credentials"))

        type_ = check_action_connection_http_integration_type(d.pop("type"))

        action_connection_http_integration = cls(
            base_url=base_url,
            credentials=credentials,
            type_=type_,
        )

        action_connection_http_integration.additional_properties = d
        return action_connection_http_integration

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
