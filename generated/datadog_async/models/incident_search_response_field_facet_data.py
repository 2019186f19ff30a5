from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentSearchResponseFieldFacetData")


@_attrs_define
class IncidentSearchResponseFieldFacetData:
    """A property field facet value, and how often it appears in the search results."""

    count: int | Unset = UNSET
    """ Count of the facet value appearing in search results. """
    name: str | Unset = UNSET
    """ The facet value appearing in search results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.count, Unset):
            field_dict["count"] = self.count
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        count = d.get("count", UNSET)
        if count.__class__ is not int and (isinstance(count, bool) or not isinstance(count, int)):
            if count is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("count", "an integer", count)
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("name", "a string", name)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_search_response_field_facet_data = cls(
            count,
            name,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            incident_search_response_field_facet_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_search_response_field_facet_data

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
        "count",
        "name",
    }
)
