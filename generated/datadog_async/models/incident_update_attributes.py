from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _parse_datetime

T = TypeVar("T", bound="IncidentUpdateAttributes")


@_attrs_define
class IncidentUpdateAttributes:
    """The incident's attributes for an update request."""

    customer_impact_end: datetime.datetime | None | Unset = UNSET
    """ Timestamp when customers were no longer impacted by the incident. """
    customer_impact_scope: str | None | Unset = UNSET
    """ A summary of the impact customers experienced during the incident. """
    customer_impact_start: datetime.datetime | None | Unset = UNSET
    """ Timestamp when customers began being impacted by the incident. """
    customer_impacted: bool | Unset = UNSET
    """ A flag indicating whether the incident caused customer impact. """
    detected: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the incident was detected. """
    fields: IncidentFields | Unset = UNSET
    """ A condensed view of the user-defined fields attached to incidents. """
    notification_handles: list[IncidentNotificationHandle] | Unset = UNSET
    """ Notification handles that will be notified of the incident during update. """
    title: str | Unset = UNSET
    """ The title of the incident, which summarizes what happened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.customer_impact_end, Unset):
            field_dict["customer_impact_end"] = (
                None if self.customer_impact_end is None else self.customer_impact_end.isoformat()
            )
        if not isinstance(self.customer_impact_scope, Unset):
            field_dict["customer_impact_scope"] = self.customer_impact_scope
        if not isinstance(self.customer_impact_start, Unset):
            field_dict["customer_impact_start"] = (
                None if self.customer_impact_start is None else self.customer_impact_start.isoformat()
            )
        if not isinstance(self.customer_impacted, Unset):
            field_dict["customer_impacted"] = self.customer_impacted
        if not isinstance(self.detected, Unset):
            field_dict["detected"] = None if self.detected is None else self.detected.isoformat()
        if not isinstance(self.fields, Unset):
            field_dict["fields"] = self.fields.to_dict()
        if not isinstance(self.notification_handles, Unset):
            field_dict["notification_handles"] = [_v0.to_dict() for _v0 in self.notification_handles]
        if not isinstance(self.title, Unset):
            field_dict["title"] = self.title
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        customer_impact_end = d.get("customer_impact_end", UNSET)
        if isinstance(customer_impact_end, str):
            try:
                customer_impact_end = _parse_datetime(customer_impact_end)
            except ValueError:
                raise ModelValidationError.expected(
                    "customer_impact_end", "a date-time string or null", customer_impact_end
                ) from None
        elif customer_impact_end is UNSET:
            _absent += 1
        elif customer_impact_end is not None:
            raise ModelValidationError.expected(
                "customer_impact_end", "a date-time string or null", customer_impact_end
            )
        customer_impact_scope = d.get("customer_impact_scope", UNSET)
        if not isinstance(customer_impact_scope, str):
            if customer_impact_scope is UNSET:
                _absent += 1
            elif customer_impact_scope is not None:
                raise ModelValidationError.expected("customer_impact_scope", "a string or null", customer_impact_scope)
        customer_impact_start = d.get("customer_impact_start", UNSET)
        if isinstance(customer_impact_start, str):
            try:
                customer_impact_start = _parse_datetime(customer_impact_start)
            except ValueError:
                raise ModelValidationError.expected(
                    "customer_impact_start", "a date-time string or null", customer_impact_start
                ) from None
        elif customer_impact_start is UNSET:
            _absent += 1
        elif customer_impact_start is not None:
            raise ModelValidationError.expected(
                "customer_impact_start", "a date-time string or null", customer_impact_start
            )
        customer_impacted = d.get("customer_impacted", UNSET)
        if not isinstance(customer_impacted, bool):
            if customer_impacted is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("customer_impacted", "a boolean", customer_impacted)
        detected = d.get("detected", UNSET)
        if isinstance(detected, str):
            try:
                detected = _parse_datetime(detected)
            except ValueError:
                raise ModelValidationError.expected("detected", "a date-time string or null", detected) from None
        elif detected is UNSET:
            _absent += 1
        elif detected is not None:
            raise ModelValidationError.expected("detected", "a date-time string or null", detected)
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent += 1
        else:
            try:
                fields = IncidentFields.from_dict(fields)
            except ModelValidationError as _e:
                _e.path.insert(0, "fields")
                raise
        notification_handles = d.get("notification_handles", UNSET)
        if notification_handles is UNSET:
            _absent += 1
        else:
            if not isinstance(notification_handles, list):
                raise ModelValidationError.expected("notification_handles", "an array", notification_handles)
            try:
                notification_handles = [IncidentNotificationHandle.from_dict(_v0) for _v0 in notification_handles]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, notification_handles, IncidentNotificationHandle.from_dict)
                _e.path.insert(0, "notification_handles")
                raise
        title = d.get("title", UNSET)
        if not isinstance(title, str):
            if title is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("title", "a string", title)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_update_attributes = cls(
            customer_impact_end,
            customer_impact_scope,
            customer_impact_start,
            customer_impacted,
            detected,
            fields,
            notification_handles,
            title,
        )
        if len(d) + _absent > 8:  # keys other than the fields above
            incident_update_attributes.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
