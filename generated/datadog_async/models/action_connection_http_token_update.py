from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_token_type import ActionConnectionTokenType, check_action_connection_token_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionConnectionHTTPTokenUpdate")


@_attrs_define
class ActionConnectionHTTPTokenUpdate:
    """A token change of an HTTPTokenAuthUpdate."""

    name: str
    """ The HTTPToken name. """
    type_: ActionConnectionTokenType
    """ The definition of TokenType object. """
    value: str
    """ The HTTPToken value. """
    deleted: bool | Unset = UNSET
    """ Should the header be deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        value = self.value

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "value": value,
            }
        )
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_action_connection_token_type(d.pop("type"))

        value = d.pop("value")

        deleted = d.pop("deleted", UNSET)

        action_connection_http_token_update = cls(
            name=name,
            type_=type_,
            value=value,
            deleted=deleted,
        )

        action_connection_http_token_update.additional_properties = d
        return action_connection_http_token_update

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
