from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductAnalyticsConnectionFieldUpdate")


@_attrs_define
class ProductAnalyticsConnectionFieldUpdate:
    """An existing field of a connection with updated metadata."""

    field_id: str
    """ The identifier of the existing field to update. """
    updated_description: str | Unset = UNSET
    """ The new description to set for the field. """
    updated_display_name: str | Unset = UNSET
    """ The new human-readable display name to set for the field. """
    updated_field_id: str | Unset = UNSET
    """ The new identifier to assign to the field, if renaming it. """
    updated_groups: list[str] | Unset = UNSET
    """ The updated list of group labels to associate with the field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        updated_description = self.updated_description

        updated_display_name = self.updated_display_name

        updated_field_id = self.updated_field_id

        updated_groups: list[str] | Unset = UNSET
        if not isinstance(self.updated_groups, Unset):
            updated_groups = self.updated_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_id": field_id,
            }
        )
        if updated_description is not UNSET:
            field_dict["updated_description"] = updated_description
        if updated_display_name is not UNSET:
            field_dict["updated_display_name"] = updated_display_name
        if updated_field_id is not UNSET:
            field_dict["updated_field_id"] = updated_field_id
        if updated_groups is not UNSET:
            field_dict["updated_groups"] = updated_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("field_id")

        updated_description = d.pop("updated_description", UNSET)

        updated_display_name = d.pop("updated_display_name", UNSET)

        updated_field_id = d.pop("updated_field_id", UNSET)

        updated_groups = cast(list[str], d.pop("updated_groups", UNSET))

        product_analytics_connection_field_update = cls(
            field_id=field_id,
            updated_description=updated_description,
            updated_display_name=updated_display_name,
            updated_field_id=updated_field_id,
            updated_groups=updated_groups,
        )

        product_analytics_connection_field_update.additional_properties = d
        return product_analytics_connection_field_update

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
