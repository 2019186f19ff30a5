from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_data_type import ActionConnectionDataType, check_action_connection_data_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_connection_attributes import ActionConnectionAttributes


T = TypeVar("T", bound="ActionConnectionData")


@_attrs_define
class ActionConnectionData:
    """Data related to the connection."""

    attributes: ActionConnectionAttributes
    """ The definition of ActionConnectionAttributes object. """
    type_: ActionConnectionDataType
    """ The definition of ActionConnectionDataType object. """
    id: str | Unset = UNSET
    """ The connection identifier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes.to_dict()

        type_: str = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_connection_attributes import ActionConnectionAttributes  # noqa: PLC0415

        d = dict(src_dict)
        attributes = ActionConnectionAttributes.from_dict(d.pop("attributes"))

        type_ = check_action_connection_data_type(d.pop("type"))

        id = d.pop("id", UNSET)

        action_connection_data = cls(
            attributes=attributes,
            type_=type_,
            id=id,
        )

        action_connection_data.additional_properties = d
        return action_connection_data

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
