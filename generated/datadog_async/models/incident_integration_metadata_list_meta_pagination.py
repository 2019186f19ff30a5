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

T = TypeVar("T", bound="IncidentIntegrationMetadataListMetaPagination")


@_attrs_define(init=False)
class IncidentIntegrationMetadataListMetaPagination(DatadogModel):
    """Pagination properties."""

    next_offset: int | None
    """ The index of the first element in the next page of results. Equal to page size added to the current offset.
    """
    offset: int | None
    """ The index of the first element in the results. """
    size: int | None
    """ Maximum size of pages to return. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        next_offset: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        size: int | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(next_offset) is Unset:
            _absent |= 1
            self.next_offset = None
        else:
            self.next_offset = next_offset
        if type(offset) is Unset:
            _absent |= 2
            self.offset = None
        else:
            self.offset = offset
        if type(size) is Unset:
            _absent |= 4
            self.size = None
        else:
            self.size = size
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.next_offset is not None:
            field_dict["next_offset"] = self.next_offset
        elif not self._absent & 1:
            field_dict["next_offset"] = None
        if self.offset is not None:
            field_dict["offset"] = self.offset
        elif not self._absent & 2:
            field_dict["offset"] = None
        if self.size is not None:
            field_dict["size"] = self.size
        elif not self._absent & 4:
            field_dict["size"] = None
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
        next_offset = d.get("next_offset", UNSET)
        if next_offset.__class__ is not int and (isinstance(next_offset, bool) or not isinstance(next_offset, int)):
            if next_offset is UNSET:
                _absent |= 1
                next_offset = None
            elif next_offset is not None:
                _devs, _raw = _wrong(_devs, _raw, "next_offset", "an integer", next_offset)
                next_offset = None
        offset = d.get("offset", UNSET)
        if offset.__class__ is not int and (isinstance(offset, bool) or not isinstance(offset, int)):
            if offset is UNSET:
                _absent |= 2
                offset = None
            elif offset is not None:
                _devs, _raw = _wrong(_devs, _raw, "offset", "an integer", offset)
                offset = None
        size = d.get("size", UNSET)
        if size.__class__ is not int and (isinstance(size, bool) or not isinstance(size, int)):
            if size is UNSET:
                _absent |= 4
                size = None
            elif size is not None:
                _devs, _raw = _wrong(_devs, _raw, "size", "an integer", size)
                size = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_integration_metadata_list_meta_pagination = object.__new__(cls)
        incident_integration_metadata_list_meta_pagination.next_offset = next_offset
        incident_integration_metadata_list_meta_pagination.offset = offset
        incident_integration_metadata_list_meta_pagination.size = size
        incident_integration_metadata_list_meta_pagination._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            incident_integration_metadata_list_meta_pagination._extra = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_integration_metadata_list_meta_pagination._extra)
        else:
            incident_integration_metadata_list_meta_pagination._extra = None
        incident_integration_metadata_list_meta_pagination._raw = _raw
        incident_integration_metadata_list_meta_pagination._deviations = () if _devs is None else tuple(_devs)
        return incident_integration_metadata_list_meta_pagination

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


_lazy_extra(IncidentIntegrationMetadataListMetaPagination)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "next_offset",
        "offset",
        "size",
    }
)
