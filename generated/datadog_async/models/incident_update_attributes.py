from __future__ import annotations

import datetime
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
    _parse_datetime,
    _rejected,
    _wrong,
)

T = TypeVar("T", bound="IncidentUpdateAttributes")


@_attrs_define(init=False)
class IncidentUpdateAttributes(DatadogModel):
    """The incident's attributes for an update request."""

    customer_impact_end: datetime.datetime | None
    """ Timestamp when customers were no longer impacted by the incident. """
    customer_impact_scope: str | None
    """ A summary of the impact customers experienced during the incident. """
    customer_impact_start: datetime.datetime | None
    """ Timestamp when customers began being impacted by the incident. """
    customer_impacted: bool | None
    """ A flag indicating whether the incident caused customer impact. """
    detected: datetime.datetime | None
    """ Timestamp when the incident was detected. """
    fields: IncidentFields | None
    """ A condensed view of the user-defined fields attached to incidents. """
    notification_handles: list[IncidentNotificationHandle] | None
    """ Notification handles that will be notified of the incident during update. """
    title: str | None
    """ The title of the incident, which summarizes what happened. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        customer_impact_end: datetime.datetime | None | Unset = UNSET,
        customer_impact_scope: str | None | Unset = UNSET,
        customer_impact_start: datetime.datetime | None | Unset = UNSET,
        customer_impacted: bool | None | Unset = UNSET,
        detected: datetime.datetime | None | Unset = UNSET,
        fields: IncidentFields | None | Unset = UNSET,
        notification_handles: list[IncidentNotificationHandle] | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(customer_impact_end) is Unset:
            _absent |= 1
            self.customer_impact_end = None
        else:
            self.customer_impact_end = customer_impact_end
        if type(customer_impact_scope) is Unset:
            _absent |= 2
            self.customer_impact_scope = None
        else:
            self.customer_impact_scope = customer_impact_scope
        if type(customer_impact_start) is Unset:
            _absent |= 4
            self.customer_impact_start = None
        else:
            self.customer_impact_start = customer_impact_start
        if type(customer_impacted) is Unset:
            _absent |= 8
            self.customer_impacted = None
        else:
            self.customer_impacted = customer_impacted
        if type(detected) is Unset:
            _absent |= 16
            self.detected = None
        else:
            self.detected = detected
        if type(fields) is Unset:
            _absent |= 32
            self.fields = None
        else:
            self.fields = fields
        if type(notification_handles) is Unset:
            _absent |= 64
            self.notification_handles = None
        else:
            self.notification_handles = notification_handles
        if type(title) is Unset:
            _absent |= 128
            self.title = None
        else:
            self.title = title
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.customer_impact_end is not None:
            field_dict["customer_impact_end"] = self.customer_impact_end.isoformat()
        elif not self._absent & 1:
            field_dict["customer_impact_end"] = None
        if self.customer_impact_scope is not None:
            field_dict["customer_impact_scope"] = self.customer_impact_scope
        elif not self._absent & 2:
            field_dict["customer_impact_scope"] = None
        if self.customer_impact_start is not None:
            field_dict["customer_impact_start"] = self.customer_impact_start.isoformat()
        elif not self._absent & 4:
            field_dict["customer_impact_start"] = None
        if self.customer_impacted is not None:
            field_dict["customer_impacted"] = self.customer_impacted
        elif not self._absent & 8:
            field_dict["customer_impacted"] = None
        if self.detected is not None:
            field_dict["detected"] = self.detected.isoformat()
        elif not self._absent & 16:
            field_dict["detected"] = None
        if self.fields is not None:
            field_dict["fields"] = self.fields.to_dict()
        elif not self._absent & 32:
            field_dict["fields"] = None
        if self.notification_handles is not None:
            field_dict["notification_handles"] = [_v0.to_dict() for _v0 in self.notification_handles]
        elif not self._absent & 64:
            field_dict["notification_handles"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif not self._absent & 128:
            field_dict["title"] = None
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
        customer_impact_end = d.get("customer_impact_end", UNSET)
        if isinstance(customer_impact_end, str):
            try:
                customer_impact_end = _parse_datetime(customer_impact_end)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "customer_impact_end", "a date-time string", customer_impact_end)
                customer_impact_end = None
        elif customer_impact_end is UNSET:
            _absent |= 1
            customer_impact_end = None
        elif customer_impact_end is not None:
            _devs, _raw = _wrong(_devs, _raw, "customer_impact_end", "a date-time string", customer_impact_end)
            customer_impact_end = None
        customer_impact_scope = d.get("customer_impact_scope", UNSET)
        if not isinstance(customer_impact_scope, str):
            if customer_impact_scope is UNSET:
                _absent |= 2
                customer_impact_scope = None
            elif customer_impact_scope is not None:
                _devs, _raw = _wrong(_devs, _raw, "customer_impact_scope", "a string", customer_impact_scope)
                customer_impact_scope = None
        customer_impact_start = d.get("customer_impact_start", UNSET)
        if isinstance(customer_impact_start, str):
            try:
                customer_impact_start = _parse_datetime(customer_impact_start)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "customer_impact_start", "a date-time string", customer_impact_start)
                customer_impact_start = None
        elif customer_impact_start is UNSET:
            _absent |= 4
            customer_impact_start = None
        elif customer_impact_start is not None:
            _devs, _raw = _wrong(_devs, _raw, "customer_impact_start", "a date-time string", customer_impact_start)
            customer_impact_start = None
        customer_impacted = d.get("customer_impacted", UNSET)
        if not isinstance(customer_impacted, bool):
            if customer_impacted is UNSET:
                _absent |= 8
                customer_impacted = None
            elif customer_impacted is not None:
                _devs, _raw = _wrong(_devs, _raw, "customer_impacted", "a boolean", customer_impacted)
                customer_impacted = None
        detected = d.get("detected", UNSET)
        if isinstance(detected, str):
            try:
                detected = _parse_datetime(detected)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "detected", "a date-time string", detected)
                detected = None
        elif detected is UNSET:
            _absent |= 16
            detected = None
        elif detected is not None:
            _devs, _raw = _wrong(_devs, _raw, "detected", "a date-time string", detected)
            detected = None
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent |= 32
            fields = None
        elif fields is not None:
            _src = fields
            try:
                fields = IncidentFields.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "fields")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "fields", _src, _e)
                fields = None
            else:
                if fields._deviations:
                    _devs = _lift(_devs, ("fields",), fields._deviations)
        notification_handles = d.get("notification_handles", UNSET)
        if notification_handles is UNSET:
            _absent |= 64
            notification_handles = None
        elif notification_handles is not None:
            _src = notification_handles
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    notification_handles = [IncidentNotificationHandle.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentNotificationHandle.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "notification_handles")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "notification_handles", _src, _e)
                notification_handles = None
            else:
                if any(map(_deviations_of, notification_handles)):
                    _devs = _lift_items(_devs, ("notification_handles",), notification_handles)
        title = d.get("title", UNSET)
        if not isinstance(title, str):
            if title is UNSET:
                _absent |= 128
                title = None
            elif title is not None:
                _devs, _raw = _wrong(_devs, _raw, "title", "a string", title)
                title = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_update_attributes = object.__new__(cls)
        incident_update_attributes.customer_impact_end = customer_impact_end
        incident_update_attributes.customer_impact_scope = customer_impact_scope
        incident_update_attributes.customer_impact_start = customer_impact_start
        incident_update_attributes.customer_impacted = customer_impacted
        incident_update_attributes.detected = detected
        incident_update_attributes.fields = fields
        incident_update_attributes.notification_handles = notification_handles
        incident_update_attributes.title = title
        incident_update_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 8:  # other keys
            incident_update_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_update_attributes._extra)
        else:
            incident_update_attributes._extra = None
        incident_update_attributes._raw = _raw
        incident_update_attributes._deviations = () if _devs is None else tuple(_devs)
        return incident_update_attributes

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


_lazy_extra(IncidentUpdateAttributes)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "customer_impact_end",
        "customer_impact_scope",
        "customer_impact_start",
        "customer_impacted",
        "detected",
        "fields",
        "notification_handles",
        "title",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_fields import IncidentFields  # noqa: E402
from ..models.incident_notification_handle import IncidentNotificationHandle  # noqa: E402
