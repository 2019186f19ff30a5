from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductAnalyticsConnectionField")


@_attrs_define
class ProductAnalyticsConnectionField:
    """A custom attribute field imported from the data source."""

    id: str
    """ The unique identifier for the field within the connection. """
    source_name: str
    """ The name of the column or attribute in the source data system that maps to this field. """
    type_: str
    """ The data type of the field (for example, string or number). """
    description: str | Unset = UNSET
    """ Human-readable explanation of what the field represents. """
    display_name: str | Unset = UNSET
    """ The human-readable label for the field shown in the UI. """
    groups: list[str] | Unset = UNSET
    """ List of group labels used to categorize the field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_name = self.source_name

        type_ = self.type_

        description = self.description

        display_name = self.display_name

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_name": source_name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        source_name = d.pop("source_name")

        type_ = d.pop("type")

        description = d.pop("description", UNSET)

        display_name = d.pop("display_name", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        product_analytics_connection_field = cls(
            id=id,
            source_name=source_name,
            type_=type_,
            description=description,
            display_name=display_name,
            groups=groups,
        )

        product_analytics_connection_field.additional_properties = d
        return product_analytics_connection_field

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
