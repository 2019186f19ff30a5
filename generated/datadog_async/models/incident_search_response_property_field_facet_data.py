from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_search_response_field_facet_data import IncidentSearchResponseFieldFacetData
    from ..models.incident_search_response_numeric_facet_data_aggregates import (
        IncidentSearchResponseNumericFacetDataAggregates,
    )


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
        facets = []
        for facets_item_data in self.facets:
            facets_item = facets_item_data.to_dict()
            facets.append(facets_item)

        name = self.name

        aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = self.aggregates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facets": facets,
                "name": name,
            }
        )
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_search_response_field_facet_data import IncidentSearchResponseFieldFacetData  # noqa: PLC0415
        from ..models.incident_search_response_numeric_facet_data_aggregates import (
            IncidentSearchResponseNumericFacetDataAggregates,  # noqa: PLC0415
        )

        d = dict(src_dict)
        facets = []
        _facets = d.pop("facets")
        for facets_item_data in _facets:
            facets_item = IncidentSearchResponseFieldFacetData.from_dict(facets_item_data)

            facets.append(facets_item)

        name = d.pop("name")

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: IncidentSearchResponseNumericFacetDataAggregates | Unset
        if isinstance(_aggregates, Unset):
            aggregates = UNSET
        else:
            aggregates = IncidentSearchResponseNumericFacetDataAggregates.from_dict(_aggregates)

        incident_search_response_property_field_facet_data = cls(
            facets=facets,
            name=name,
            aggregates=aggregates,
        )

        incident_search_response_property_field_facet_data.additional_properties = d
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
