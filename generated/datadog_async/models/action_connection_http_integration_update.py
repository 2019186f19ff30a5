from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_http_integration_type import (
    ActionConnectionHTTPIntegrationType,
    check_action_connection_http_integration_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_connection_http_token_auth_update import ActionConnectionHTTPTokenAuthUpdate


T = TypeVar("T", bound="ActionConnectionHTTPIntegrationUpdate")


@_attrs_define
class ActionConnectionHTTPIntegrationUpdate:
    """The definition of HTTPIntegrationUpdate object."""

    type_: ActionConnectionHTTPIntegrationType
    """ The definition of HTTPIntegrationType object. """
    base_url: str | Unset = UNSET
    """ Base HTTP url for the integration """
    credentials: ActionConnectionHTTPTokenAuthUpdate | Unset = UNSET
    """ The definition of HTTPTokenAuthUpdate object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        base_url = self.base_url

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_connection_http_token_auth_update import ActionConnectionHTTPTokenAuthUpdate  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_action_connection_http_integration_type(d.pop("type"))

        base_url = d.pop("base_url", UNSET)

        _credentials = d.pop("credentials", UNSET)
        credentials: ActionConnectionHTTPTokenAuthUpdate | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = ActionConnectionHTTPTokenAuthUpdate.from_dict(_credentials)

        action_connection_http_integration_update = cls(
            type_=type_,
            base_url=base_url,
            credentials=credentials,
        )

        action_connection_http_integration_update.additional_properties = d
        return action_connection_http_integration_update

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
