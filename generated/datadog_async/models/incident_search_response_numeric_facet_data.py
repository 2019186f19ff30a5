from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="IncidentSearchResponseNumericFacetData")


@_attrs_define
class IncidentSearchResponseNumericFacetData:
    """A numeric facet: the attribute's name and the aggregates of its values."""

    aggregates: IncidentSearchResponseNumericFacetDataAggregates
    """ Aggregate information for numeric incident data. """
    name: str
    """ Name of the incident property field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["aggregates"] = self.aggregates.to_dict()
        field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            aggregates = d["aggregates"]
            name = d["name"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            aggregates = IncidentSearchResponseNumericFacetDataAggregates.from_dict(aggregates)
        except ModelValidationError as _e:
            _e.path.insert(0, "aggregates")
            raise
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_search_response_numeric_facet_data = cls(
            aggregates,
            name,
        )
        if len(d) > 2:  # keys other than the fields above
            incident_search_response_numeric_facet_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_search_response_numeric_facet_data

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
        "aggregates",
        "name",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_search_response_numeric_facet_data_aggregates import (
    IncidentSearchResponseNumericFacetDataAggregates,  # noqa: E402
)
