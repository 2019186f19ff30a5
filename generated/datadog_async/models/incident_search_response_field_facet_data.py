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

T = TypeVar("T", bound="IncidentSearchResponseFieldFacetData")


@_attrs_define(init=False)
class IncidentSearchResponseFieldFacetData(DatadogModel):
    """A property field facet value, and how often it appears in the search results."""

    count: int | None
    """ Count of the facet value appearing in search results. """
    name: str | None
    """ The facet value appearing in search results. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        count: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(count) is Unset:
            _absent |= 1
            self.count = None
        else:
            self.count = count
        if type(name) is Unset:
            _absent |= 2
            self.name = None
        else:
            self.name = name
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.count is not None:
            field_dict["count"] = self.count
        elif not self._absent & 1:
            field_dict["count"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif not self._absent & 2:
            field_dict["name"] = None
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
        count = d.get("count", UNSET)
        if count.__class__ is not int and (isinstance(count, bool) or not isinstance(count, int)):
            if count is UNSET:
                _absent |= 1
                count = None
            elif count is not None:
                _devs, _raw = _wrong(_devs, _raw, "count", "an integer", count)
                count = None
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent |= 2
                name = None
            elif name is not None:
                _devs, _raw = _wrong(_devs, _raw, "name", "a string", name)
                name = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_search_response_field_facet_data = object.__new__(cls)
        incident_search_response_field_facet_data.count = count
        incident_search_response_field_facet_data.name = name
        incident_search_response_field_facet_data._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            incident_search_response_field_facet_data._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_search_response_field_facet_data._extra)
        else:
            incident_search_response_field_facet_data._extra = None
        incident_search_response_field_facet_data._raw = _raw
        incident_search_response_field_facet_data._deviations = () if _devs is None else tuple(_devs)
        return incident_search_response_field_facet_data

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


_lazy_extra(IncidentSearchResponseFieldFacetData)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "count",
        "name",
    }
)
