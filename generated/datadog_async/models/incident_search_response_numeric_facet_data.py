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
    _extra_fields,
    _lazy_extra,
    _lift,
)

T = TypeVar("T", bound="IncidentSearchResponseNumericFacetData")


@_attrs_define(init=False)
class IncidentSearchResponseNumericFacetData(DatadogModel):
    """A numeric facet: the attribute's name and the aggregates of its values."""

    aggregates: IncidentSearchResponseNumericFacetDataAggregates
    """ Aggregate information for numeric incident data. """
    name: str
    """ Name of the incident property field. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        aggregates: IncidentSearchResponseNumericFacetDataAggregates,
        name: str,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.aggregates = aggregates
        self.name = name
        self._absent = 0
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["aggregates"] = self.aggregates.to_dict()
        field_dict["name"] = self.name
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
            aggregates = d["aggregates"]
            name = d["name"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            aggregates = IncidentSearchResponseNumericFacetDataAggregates.from_dict(aggregates)
        except ModelValidationError as _e:
            _e.path.insert(0, "aggregates")
            raise
        if aggregates._deviations:
            _devs = _lift(_devs, ("aggregates",), aggregates._deviations)
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_search_response_numeric_facet_data = object.__new__(cls)
        incident_search_response_numeric_facet_data.aggregates = aggregates
        incident_search_response_numeric_facet_data.name = name
        incident_search_response_numeric_facet_data._absent = 0
        if len(d) > 2:  # other keys
            incident_search_response_numeric_facet_data._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_search_response_numeric_facet_data._extra)
        else:
            incident_search_response_numeric_facet_data._extra = None
        incident_search_response_numeric_facet_data._raw = _raw
        incident_search_response_numeric_facet_data._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentSearchResponseNumericFacetData)


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
