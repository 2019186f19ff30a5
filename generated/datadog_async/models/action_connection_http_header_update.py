from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionConnectionHTTPHeaderUpdate")


@_attrs_define
class ActionConnectionHTTPHeaderUpdate:
    """A header change of an HTTPTokenAuthUpdate."""

    name: str
    """ The HTTPHeaderUpdate name. """
    deleted: bool | Unset = UNSET
    """ Should the header be deleted. """
    value: str | Unset = UNSET
    """ The HTTPHeaderUpdate value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        deleted = self.deleted

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        deleted = d.pop("deleted", UNSET)

        value = d.pop("value", UNSET)

        action_connection_http_header_update = cls(
            name=name,
            deleted=deleted,
            value=value,
        )

        action_connection_http_header_update.additional_properties = d
        return action_connection_http_header_update

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
