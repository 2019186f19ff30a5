from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["source_name"] = self.source_name
        field_dict["type"] = self.type_
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.display_name, Unset):
            field_dict["display_name"] = self.display_name
        if not isinstance(self.groups, Unset):
            field_dict["groups"] = self.groups
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            id = d["id"]
            source_name = d["source_name"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(id, str):
            raise ModelValidationError.expected("id", "a string", id)
        if not isinstance(source_name, str):
            raise ModelValidationError.expected("source_name", "a string", source_name)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        _absent = 0  # optional fields not in the object
        description = d.get("description", UNSET)
        if not isinstance(description, str):
            if description is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("description", "a string", description)
        display_name = d.get("display_name", UNSET)
        if not isinstance(display_name, str):
            if display_name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("display_name", "a string", display_name)
        groups = d.get("groups", UNSET)
        if groups is UNSET:
            _absent += 1
        else:
            if not isinstance(groups, list):
                raise ModelValidationError.expected("groups", "an array", groups)
            for _v0 in groups:
                if not isinstance(_v0, str):
                    raise ModelValidationError.expected_item("groups", groups, _v0, "a string")

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        product_analytics_connection_field = cls(
            id,
            source_name,
            type_,
            description,
            display_name,
            groups,
        )
        if len(d) + _absent > 6:  # keys other than the fields above
            product_analytics_connection_field.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_name",
        "type",
        "description",
        "display_name",
        "groups",
    }
)
