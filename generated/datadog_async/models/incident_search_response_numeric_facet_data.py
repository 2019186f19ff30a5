from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.incident_search_response_numeric_facet_data_aggregates import (
        IncidentSearchResponseNumericFacetDataAggregates,
    )


T = TypeVar("T", bound="IncidentSearchResponseNumericFacetData")


@_attrs_define
class IncidentSearchResponseNumericFacetData:
    """Facet data numeric attributes of an incident."""

    aggregates: IncidentSearchResponseNumericFacetDataAggregates
    """ Aggregate information for numeric incident data. """
    name: str
    """ Name of the incident property field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregates = self.aggregates.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregates": aggregates,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_search_response_numeric_facet_data_aggregates import (
            IncidentSearchResponseNumericFacetDataAggregates,  # noqa: PLC0415
        )

        d = dict(src_dict)
        aggregates = IncidentSearchResponseNumericFacetDataAggregates.from_dict(d.pop("aggregates"))

        name = d.pop("name")

        incident_search_response_numeric_facet_data = cls(
            aggregates=aggregates,
            name=name,
        )

        incident_search_response_numeric_facet_data.additional_properties = d
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
