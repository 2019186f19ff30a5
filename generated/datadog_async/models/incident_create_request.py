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

T = TypeVar("T", bound="IncidentCreateRequest")


@_attrs_define(init=False)
class IncidentCreateRequest(DatadogModel):
    """Incident payload."""

    data: IncidentCreateData
    """ Incident data for a create request. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        data: IncidentCreateData,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.data = data
        self._absent = 0
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["data"] = self.data.to_dict()
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
            data = d["data"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            data = IncidentCreateData.from_dict(data)
        except ModelValidationError as _e:
            _e.path.insert(0, "data")
            raise
        if data._deviations:
            _devs = _lift(_devs, ("data",), data._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_create_request = object.__new__(cls)
        incident_create_request.data = data
        incident_create_request._absent = 0
        if len(d) > 1:  # other keys
            incident_create_request._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_create_request._extra)
        else:
            incident_create_request._extra = None
        incident_create_request._raw = _raw
        incident_create_request._deviations = () if _devs is None else tuple(_devs)
        return incident_create_request

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


_lazy_extra(IncidentCreateRequest)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_create_data import IncidentCreateData  # noqa: E402
