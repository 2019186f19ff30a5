from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_field_attributes_value_type import (
    IncidentFieldAttributesValueType,
)
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentFieldAttributesMultipleValue")


@_attrs_define
class IncidentFieldAttributesMultipleValue:
    """A field with potentially multiple values selected.

    Example:
        {'type': 'multiselect', 'value': ['1.0', '1.1']}

    """

    type_: IncidentFieldAttributesValueType | str | Unset = UNSET
    """ Type of the multiple value field definitions. """
    value: list[str] | None | Unset = UNSET
    """ The multiple values selected for this field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.value, Unset):
            field_dict["value"] = None if self.value is None else self.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("type", "a string", type_)
        value = d.get("value", UNSET)
        if value is UNSET:
            _absent += 1
        elif value is not None:
            if not isinstance(value, list):
                raise ModelValidationError.expected("value", "an array", value)
            for _v0 in value:
                if not isinstance(_v0, str):
                    raise ModelValidationError.expected_item("value", value, _v0, "a string")

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_field_attributes_multiple_value = cls(
            type_,
            value,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            incident_field_attributes_multiple_value.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "value",
    }
)
