from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    _as_object,
    _deviations_of,
    _extra_fields,
    _lazy_extra,
    _lift,
    _lift_items,
)

T = TypeVar("T", bound="IncidentSearchResponseAttributes")


@_attrs_define(init=False)
class IncidentSearchResponseAttributes(DatadogModel):
    """Attributes returned by an incident search."""

    facets: IncidentSearchResponseFacetsData
    """ Facet data for incidents returned by a search query. """
    incidents: list[IncidentSearchResponseIncidentsData]
    """ Incidents returned by the search. """
    total: int
    """ Number of incidents returned by the search. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        facets: IncidentSearchResponseFacetsData,
        incidents: list[IncidentSearchResponseIncidentsData],
        total: int,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.facets = facets
        self.incidents = incidents
        self.total = total
        self._absent = 0
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["facets"] = self.facets.to_dict()
        field_dict["incidents"] = [_v0.to_dict() for _v0 in self.incidents]
        field_dict["total"] = self.total
        if self._raw:  # values of the wrong type, kept as they came (their fields read None)
            for _key, _value in self._raw.items():
                if field_dict.get(_key) is None:
                    field_dict[_key] = _value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _devs: list[Deviation] | None = None
        _raw: dict[str, Any] | None = None
        try:
            facets = d["facets"]
            incidents = d["incidents"]
            total = d["total"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            facets = IncidentSearchResponseFacetsData.from_dict(facets)
        except ModelValidationError as _e:
            _e.path.insert(0, "facets")
            raise
        if facets._deviations:
            _devs = _lift(_devs, ("facets",), facets._deviations)
        if not isinstance(incidents, list):
            raise ModelValidationError.expected("incidents", "an array", incidents)
        try:
            incidents = [IncidentSearchResponseIncidentsData.from_dict(_v0) for _v0 in incidents]
        except ModelValidationError as _e:
            ModelValidationError.at_index(_e, incidents, IncidentSearchResponseIncidentsData.from_dict)
            _e.path.insert(0, "incidents")
            raise
        if any(map(_deviations_of, incidents)):
            _devs = _lift_items(_devs, ("incidents",), incidents)
        if total.__class__ is not int and (isinstance(total, bool) or not isinstance(total, int)):
            raise ModelValidationError.expected("total", "an integer", total)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_search_response_attributes = object.__new__(cls)
        incident_search_response_attributes.facets = facets
        incident_search_response_attributes.incidents = incidents
        incident_search_response_attributes.total = total
        incident_search_response_attributes._absent = 0
        if len(d) > 3:  # other keys
            incident_search_response_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_search_response_attributes._extra)
        else:
            incident_search_response_attributes._extra = None
        incident_search_response_attributes._raw = _raw
        incident_search_response_attributes._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentSearchResponseAttributes)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "facets",
        "incidents",
        "total",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_search_response_facets_data import IncidentSearchResponseFacetsData  # noqa: E402
from ..models.incident_search_response_incidents_data import IncidentSearchResponseIncidentsData  # noqa: E402
