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
    _lift_items,
    _rejected,
)

T = TypeVar("T", bound="IncidentAttachmentsResponse")


@_attrs_define(init=False)
class IncidentAttachmentsResponse(DatadogModel):
    """The response object containing an incident's attachments."""

    data: list[IncidentAttachmentData]
    """ An array of incident attachments. """
    included: list[IncidentUserData] | None
    """ Included related resources that the user requested. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        data: list[IncidentAttachmentData],
        included: list[IncidentUserData] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.data = data
        _absent = 0
        if type(included) is Unset:
            _absent |= 1
            self.included = None
        else:
            self.included = included
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.included is not None:
            field_dict["included"] = [_v0.to_dict() for _v0 in self.included]
        elif not self._absent & 1:
            field_dict["included"] = None
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
        if not isinstance(data, list):
            raise ModelValidationError.expected("data", "an array", data)
        try:
            data = [IncidentAttachmentData.from_dict(_v0) for _v0 in data]
        except ModelValidationError as _e:
            ModelValidationError.at_index(_e, data, IncidentAttachmentData.from_dict)
            _e.path.insert(0, "data")
            raise
        if any(map(_deviations_of, data)):
            _devs = _lift_items(_devs, ("data",), data)
        _absent = 0  # bit i: optional field i is not in the object
        included = d.get("included", UNSET)
        if included is UNSET:
            _absent |= 1
            included = None
        elif included is not None:
            _src = included
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    included = [IncidentUserData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentUserData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "included")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "included", _src, _e)
                included = None
            else:
                if any(map(_deviations_of, included)):
                    _devs = _lift_items(_devs, ("included",), included)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_attachments_response = object.__new__(cls)
        incident_attachments_response.data = data
        incident_attachments_response.included = included
        incident_attachments_response._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            incident_attachments_response._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_attachments_response._extra)
        else:
            incident_attachments_response._extra = None
        incident_attachments_response._raw = _raw
        incident_attachments_response._deviations = () if _devs is None else tuple(_devs)
        return incident_attachments_response

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


_lazy_extra(IncidentAttachmentsResponse)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "data",
        "included",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_attachment_data import IncidentAttachmentData  # noqa: E402
from ..models.incident_user_data import IncidentUserData  # noqa: E402
