from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_field_attributes_value_type import (
    IncidentFieldAttributesValueType,
    check_incident_field_attributes_value_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentFieldAttributesMultipleValue")


@_attrs_define
class IncidentFieldAttributesMultipleValue:
    """A field with potentially multiple values selected.

    Example:
        {'type': 'multiselect', 'value': ['1.0', '1.1']}

    """

    type_: IncidentFieldAttributesValueType | Unset = UNSET
    """ Type of the multiple value field definitions. """
    value: list[str] | None | Unset = UNSET
    """ The multiple values selected for this field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        value: list[str] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

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
        type_: IncidentFieldAttributesValueType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_incident_field_attributes_value_type(_type_)

        def _parse_value(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_0 = cast(list[str], data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        incident_field_attributes_multiple_value = cls(
            type_=type_,
            value=value,
        )

        incident_field_attributes_multiple_value.additional_properties = d
        return incident_field_attributes_multiple_value

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
