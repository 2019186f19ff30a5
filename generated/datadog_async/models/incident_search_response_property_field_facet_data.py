from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentSearchResponsePropertyFieldFacetData")


@_attrs_define
class IncidentSearchResponsePropertyFieldFacetData:
    """Facet data for the property field of an incident."""

    facets: list[IncidentSearchResponseFieldFacetData]
    """ Facet data for the property field of an incident. """
    name: str
    """ Name of the incident property field. """
    aggregates: IncidentSearchResponseNumericFacetDataAggregates | Unset = UNSET
    """ Aggregate information for numeric incident data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["facets"] = [_v0.to_dict() for _v0 in self.facets]
        field_dict["name"] = self.name
        if not isinstance(self.aggregates, Unset):
            field_dict["aggregates"] = self.aggregates.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            facets = d["facets"]
            name = d["name"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(facets, list):
            raise ModelValidationError.expected("facets", "an array", facets)
        try:
            facets = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in facets]
        except ModelValidationError as _e:
            ModelValidationError.at_index(_e, facets, IncidentSearchResponseFieldFacetData.from_dict)
            _e.path.insert(0, "facets")
            raise
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)
        _absent = 0  # optional fields not in the object
        aggregates = d.get("aggregates", UNSET)
        if aggregates is UNSET:
            _absent += 1
        else:
            try:
                aggregates = IncidentSearchResponseNumericFacetDataAggregates.from_dict(aggregates)
            except ModelValidationError as _e:
                _e.path.insert(0, "aggregates")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_search_response_property_field_facet_data = cls(
            facets,
            name,
            aggregates,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            incident_search_response_property_field_facet_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_search_response_property_field_facet_data

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
        "facets",
        "name",
        "aggregates",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_search_response_field_facet_data import IncidentSearchResponseFieldFacetData  # noqa: E402
from ..models.incident_search_response_numeric_facet_data_aggregates import (
    IncidentSearchResponseNumericFacetDataAggregates,  # noqa: E402
)
