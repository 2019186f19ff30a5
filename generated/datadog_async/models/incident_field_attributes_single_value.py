from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_field_attributes_single_value_type import (
    IncidentFieldAttributesSingleValueType,
    check_incident_field_attributes_single_value_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentFieldAttributesSingleValue")


@_attrs_define
class IncidentFieldAttributesSingleValue:
    """A field with a single value selected.

    Example:
        {'type': 'dropdown', 'value': 'resolved'}

    """

    type_: IncidentFieldAttributesSingleValueType | Unset = UNSET
    """ Type of the single value field definitions. """
    value: None | str | Unset = UNSET
    """ The single value selected for this field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: IncidentFieldAttributesSingleValueType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_incident_field_attributes_single_value_type(_type_)

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        incident_field_attributes_single_value = cls(
            type_=type_,
            value=value,
        )

        incident_field_attributes_single_value.additional_properties = d
        return incident_field_attributes_single_value

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
