from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentSearchResponseNumericFacetDataAggregates")


@_attrs_define
class IncidentSearchResponseNumericFacetDataAggregates:
    """Aggregate information for numeric incident data."""

    max_: float | Unset = UNSET
    """ Maximum value of the numeric aggregates. """
    min_: float | Unset = UNSET
    """ Minimum value of the numeric aggregates. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.max_, Unset):
            field_dict["max"] = self.max_
        if not isinstance(self.min_, Unset):
            field_dict["min"] = self.min_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        max_ = d.get("max", UNSET)
        if (
            max_.__class__ is not float
            and max_.__class__ is not int
            and (isinstance(max_, bool) or not isinstance(max_, (int, float)))
        ):
            if max_ is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("max", "a number", max_)
        min_ = d.get("min", UNSET)
        if (
            min_.__class__ is not float
            and min_.__class__ is not int
            and (isinstance(min_, bool) or not isinstance(min_, (int, float)))
        ):
            if min_ is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("min", "a number", min_)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_search_response_numeric_facet_data_aggregates = cls(
            max_,
            min_,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            incident_search_response_numeric_facet_data_aggregates.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_search_response_numeric_facet_data_aggregates

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
        "max",
        "min",
    }
)
