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
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _wrong,
)

T = TypeVar("T", bound="IncidentSearchResponseNumericFacetDataAggregates")


@_attrs_define(init=False)
class IncidentSearchResponseNumericFacetDataAggregates(DatadogModel):
    """Aggregate information for numeric incident data."""

    max_: float | None
    """ Maximum value of the numeric aggregates. """
    min_: float | None
    """ Minimum value of the numeric aggregates. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        max_: float | None | Unset = UNSET,
        min_: float | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(max_) is Unset:
            _absent |= 1
            self.max_ = None
        else:
            self.max_ = max_
        if type(min_) is Unset:
            _absent |= 2
            self.min_ = None
        else:
            self.min_ = min_
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.max_ is not None:
            field_dict["max"] = self.max_
        elif not self._absent & 1:
            field_dict["max"] = None
        if self.min_ is not None:
            field_dict["min"] = self.min_
        elif not self._absent & 2:
            field_dict["min"] = None
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
        _absent = 0  # bit i: optional field i is not in the object
        max_ = d.get("max", UNSET)
        if (
            max_.__class__ is not float
            and max_.__class__ is not int
            and (isinstance(max_, bool) or not isinstance(max_, (int, float)))
        ):
            if max_ is UNSET:
                _absent |= 1
                max_ = None
            elif max_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "max", "a number", max_)
                max_ = None
        min_ = d.get("min", UNSET)
        if (
            min_.__class__ is not float
            and min_.__class__ is not int
            and (isinstance(min_, bool) or not isinstance(min_, (int, float)))
        ):
            if min_ is UNSET:
                _absent |= 2
                min_ = None
            elif min_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "min", "a number", min_)
                min_ = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_search_response_numeric_facet_data_aggregates = object.__new__(cls)
        incident_search_response_numeric_facet_data_aggregates.max_ = max_
        incident_search_response_numeric_facet_data_aggregates.min_ = min_
        incident_search_response_numeric_facet_data_aggregates._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            incident_search_response_numeric_facet_data_aggregates._extra = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_search_response_numeric_facet_data_aggregates._extra)
        else:
            incident_search_response_numeric_facet_data_aggregates._extra = None
        incident_search_response_numeric_facet_data_aggregates._raw = _raw
        incident_search_response_numeric_facet_data_aggregates._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentSearchResponseNumericFacetDataAggregates)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "max",
        "min",
    }
)
