from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.incident_search_response_facets_data import IncidentSearchResponseFacetsData
    from ..models.incident_search_response_incidents_data import IncidentSearchResponseIncidentsData


T = TypeVar("T", bound="IncidentSearchResponseAttributes")


@_attrs_define
class IncidentSearchResponseAttributes:
    """Attributes returned by an incident search."""

    facets: IncidentSearchResponseFacetsData
    """ Facet data for incidents returned by a search query. """
    incidents: list[IncidentSearchResponseIncidentsData]
    """ Incidents returned by the search. """
    total: int
    """ Number of incidents returned by the search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facets = self.facets.to_dict()

        incidents = []
        for incidents_item_data in self.incidents:
            incidents_item = incidents_item_data.to_dict()
            incidents.append(incidents_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facets": facets,
                "incidents": incidents,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_search_response_facets_data import IncidentSearchResponseFacetsData  # noqa: PLC0415
        from ..models.incident_search_response_incidents_data import IncidentSearchResponseIncidentsData  # noqa: PLC0415

        d = dict(src_dict)
        facets = IncidentSearchResponseFacetsData.from_dict(d.pop("facets"))

        incidents = []
        _incidents = d.pop("incidents")
        for incidents_item_data in _incidents:
            incidents_item = IncidentSearchResponseIncidentsData.from_dict(incidents_item_data)

            incidents.append(incidents_item)

        total = d.pop("total")

        incident_search_response_attributes = cls(
            facets=facets,
            incidents=incidents,
            total=total,
        )

        incident_search_response_attributes.additional_properties = d
        return incident_search_response_attributes

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
