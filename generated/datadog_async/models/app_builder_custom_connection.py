from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_custom_connection_type import (
    AppBuilderCustomConnectionType,
    check_app_builder_custom_connection_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_custom_connection_attributes import AppBuilderCustomConnectionAttributes


T = TypeVar("T", bound="AppBuilderCustomConnection")


@_attrs_define
class AppBuilderCustomConnection:
    """A custom connection used by the app."""

    attributes: AppBuilderCustomConnectionAttributes | Unset = UNSET
    """ The custom connection attributes. """
    id: UUID | Unset = UNSET
    """ The ID of the custom connection. """
    type_: AppBuilderCustomConnectionType | Unset = UNSET
    """ The custom connection type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_custom_connection_attributes import AppBuilderCustomConnectionAttributes  # noqa: PLC0415

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: AppBuilderCustomConnectionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AppBuilderCustomConnectionAttributes.from_dict(_attributes)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _type_ = d.pop("type", UNSET)
        type_: AppBuilderCustomConnectionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_app_builder_custom_connection_type(_type_)

        app_builder_custom_connection = cls(
            attributes=attributes,
            id=id,
            type_=type_,
        )

        app_builder_custom_connection.additional_properties = d
        return app_builder_custom_connection

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
