from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["field_id"] = self.field_id
        if not isinstance(self.updated_description, Unset):
            field_dict["updated_description"] = self.updated_description
        if not isinstance(self.updated_display_name, Unset):
            field_dict["updated_display_name"] = self.updated_display_name
        if not isinstance(self.updated_field_id, Unset):
            field_dict["updated_field_id"] = self.updated_field_id
        if not isinstance(self.updated_groups, Unset):
            field_dict["updated_groups"] = self.updated_groups
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            field_id = d["field_id"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(field_id, str):
            raise ModelValidationError.expected("field_id", "a string", field_id)
        _absent = 0  # optional fields not in the object
        updated_description = d.get("updated_description", UNSET)
        if not isinstance(updated_description, str):
            if updated_description is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("updated_description", "a string", updated_description)
        updated_display_name = d.get("updated_display_name", UNSET)
        if not isinstance(updated_display_name, str):
            if updated_display_name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("updated_display_name", "a string", updated_display_name)
        updated_field_id = d.get("updated_field_id", UNSET)
        if not isinstance(updated_field_id, str):
            if updated_field_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("updated_field_id", "a string", updated_field_id)
        updated_groups = d.get("updated_groups", UNSET)
        if updated_groups is UNSET:
            _absent += 1
        else:
            if not isinstance(updated_groups, list):
                raise ModelValidationError.expected("updated_groups", "an array", updated_groups)
            for _v0 in updated_groups:
                if not isinstance(_v0, str):
                    raise ModelValidationError.expected_item("updated_groups", updated_groups, _v0, "a string")

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        product_analytics_connection_field_update = cls(
            field_id,
            updated_description,
            updated_display_name,
            updated_field_id,
            updated_groups,
        )
        if len(d) + _absent > 5:  # keys other than the fields above
            product_analytics_connection_field_update.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "field_id",
        "updated_description",
        "updated_display_name",
        "updated_field_id",
        "updated_groups",
    }
)
