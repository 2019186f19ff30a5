from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _deviations_of,
    _extra_fields,
    _lazy_extra,
    _lift,
    _lift_items,
    _rejected,
)

T = TypeVar("T", bound="IncidentSearchResponsePropertyFieldFacetData")


@_attrs_define(init=False)
class IncidentSearchResponsePropertyFieldFacetData(DatadogModel):
    """Facet data for the property field of an incident."""

    facets: list[IncidentSearchResponseFieldFacetData]
    """ Facet data for the property field of an incident. """
    name: str
    """ Name of the incident property field. """
    aggregates: IncidentSearchResponseNumericFacetDataAggregates | None
    """ Aggregate information for numeric incident data. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        facets: list[IncidentSearchResponseFieldFacetData],
        name: str,
        aggregates: IncidentSearchResponseNumericFacetDataAggregates | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.facets = facets
        self.name = name
        _absent = 0
        if type(aggregates) is Unset:
            _absent |= 1
            self.aggregates = None
        else:
            self.aggregates = aggregates
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["facets"] = [_v0.to_dict() for _v0 in self.facets]
        field_dict["name"] = self.name
        if self.aggregates is not None:
            field_dict["aggregates"] = self.aggregates.to_dict()
        elif not self._absent & 1:
            field_dict["aggregates"] = None
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
        if any(map(_deviations_of, facets)):
            _devs = _lift_items(_devs, ("facets",), facets)
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)
        _absent = 0  # bit i: optional field i is not in the object
        aggregates = d.get("aggregates", UNSET)
        if aggregates is UNSET:
            _absent |= 1
            aggregates = None
        elif aggregates is not None:
            _src = aggregates
            try:
                aggregates = IncidentSearchResponseNumericFacetDataAggregates.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "aggregates")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "aggregates", _src, _e)
                aggregates = None
            else:
                if aggregates._deviations:
                    _devs = _lift(_devs, ("aggregates",), aggregates._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_search_response_property_field_facet_data = object.__new__(cls)
        incident_search_response_property_field_facet_data.facets = facets
        incident_search_response_property_field_facet_data.name = name
        incident_search_response_property_field_facet_data.aggregates = aggregates
        incident_search_response_property_field_facet_data._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            incident_search_response_property_field_facet_data._extra = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_search_response_property_field_facet_data._extra)
        else:
            incident_search_response_property_field_facet_data._extra = None
        incident_search_response_property_field_facet_data._raw = _raw
        incident_search_response_property_field_facet_data._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentSearchResponsePropertyFieldFacetData)


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
