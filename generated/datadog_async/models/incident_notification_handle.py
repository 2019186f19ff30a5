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

T = TypeVar("T", bound="IncidentNotificationHandle")


@_attrs_define(init=False)
class IncidentNotificationHandle(DatadogModel):
    """A handle to notify of the incident, with its display name."""

    display_name: str | None
    """ The name of the notified handle. """
    handle: str | None
    """ The email address used for the notification. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        display_name: str | None | Unset = UNSET,
        handle: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(display_name) is Unset:
            _absent |= 1
            self.display_name = None
        else:
            self.display_name = display_name
        if type(handle) is Unset:
            _absent |= 2
            self.handle = None
        else:
            self.handle = handle
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.display_name is not None:
            field_dict["display_name"] = self.display_name
        elif not self._absent & 1:
            field_dict["display_name"] = None
        if self.handle is not None:
            field_dict["handle"] = self.handle
        elif not self._absent & 2:
            field_dict["handle"] = None
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
        display_name = d.get("display_name", UNSET)
        if not isinstance(display_name, str):
            if display_name is UNSET:
                _absent |= 1
                display_name = None
            elif display_name is not None:
                _devs, _raw = _wrong(_devs, _raw, "display_name", "a string", display_name)
                display_name = None
        handle = d.get("handle", UNSET)
        if not isinstance(handle, str):
            if handle is UNSET:
                _absent |= 2
                handle = None
            elif handle is not None:
                _devs, _raw = _wrong(_devs, _raw, "handle", "a string", handle)
                handle = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_notification_handle = object.__new__(cls)
        incident_notification_handle.display_name = display_name
        incident_notification_handle.handle = handle
        incident_notification_handle._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            incident_notification_handle._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_notification_handle._extra)
        else:
            incident_notification_handle._extra = None
        incident_notification_handle._raw = _raw
        incident_notification_handle._deviations = () if _devs is None else tuple(_devs)
        return incident_notification_handle

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


_lazy_extra(IncidentNotificationHandle)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "display_name",
        "handle",
    }
)
