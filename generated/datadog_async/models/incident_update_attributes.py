from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_fields import IncidentFields
    from ..models.incident_notification_handle import IncidentNotificationHandle


T = TypeVar("T", bound="IncidentUpdateAttributes")


@_attrs_define
class IncidentUpdateAttributes:
    """The incident's attributes for an update request."""

    customer_impact_end: datetime.datetime | None | Unset = UNSET
    """ Timestamp when customers were no longer impacted by the incident. """
    customer_impact_scope: None | str | Unset = UNSET
    """ A summary of the impact customers experienced during the incident. """
    customer_impact_start: datetime.datetime | None | Unset = UNSET
    """ Timestamp when customers began being impacted by the incident. """
    customer_impacted: bool | Unset = UNSET
    """ A flag indicating whether the incident caused customer impact. """
    detected: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the incident was detected. """
    fields: IncidentFields | Unset = UNSET
    """ A condensed view of the user-defined fields of an incident: dynamic fields for which selections can be made,
    with field names as keys. """
    notification_handles: list[IncidentNotificationHandle] | Unset = UNSET
    """ Notification handles that will be notified of the incident during update. """
    title: str | Unset = UNSET
    """ The title of the incident, which summarizes what happened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_impact_end: None | str | Unset
        if isinstance(self.customer_impact_end, Unset):
            customer_impact_end = UNSET
        elif isinstance(self.customer_impact_end, datetime.datetime):
            customer_impact_end = self.customer_impact_end.isoformat()
        else:
            customer_impact_end = self.customer_impact_end

        customer_impact_scope: None | str | Unset
        if isinstance(self.customer_impact_scope, Unset):
            customer_impact_scope = UNSET
        else:
            customer_impact_scope = self.customer_impact_scope

        customer_impact_start: None | str | Unset
        if isinstance(self.customer_impact_start, Unset):
            customer_impact_start = UNSET
        elif isinstance(self.customer_impact_start, datetime.datetime):
            customer_impact_start = self.customer_impact_start.isoformat()
        else:
            customer_impact_start = self.customer_impact_start

        customer_impacted = self.customer_impacted

        detected: None | str | Unset
        if isinstance(self.detected, Unset):
            detected = UNSET
        elif isinstance(self.detected, datetime.datetime):
            detected = self.detected.isoformat()
        else:
            detected = self.detected

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        notification_handles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_handles, Unset):
            notification_handles = []
            for notification_handles_item_data in self.notification_handles:
                notification_handles_item = notification_handles_item_data.to_dict()
                notification_handles.append(notification_handles_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_impact_end is not UNSET:
            field_dict["customer_impact_end"] = customer_impact_end
        if customer_impact_scope is not UNSET:
            field_dict["customer_impact_scope"] = customer_impact_scope
        if customer_impact_start is not UNSET:
            field_dict["customer_impact_start"] = customer_impact_start
        if customer_impacted is not UNSET:
            field_dict["customer_impacted"] = customer_impacted
        if detected is not UNSET:
            field_dict["detected"] = detected
        if fields is not UNSET:
            field_dict["fields"] = fields
        if notification_handles is not UNSET:
            field_dict["notification_handles"] = notification_handles
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_fields import IncidentFields  # noqa: PLC0415
        from ..models.incident_notification_handle import IncidentNotificationHandle  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_customer_impact_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_impact_end_type_0 = datetime.datetime.fromisoformat(data)

                return customer_impact_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        customer_impact_end = _parse_customer_impact_end(d.pop("customer_impact_end", UNSET))

        def _parse_customer_impact_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_impact_scope = _parse_customer_impact_scope(d.pop("customer_impact_scope", UNSET))

        def _parse_customer_impact_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_impact_start_type_0 = datetime.datetime.fromisoformat(data)

                return customer_impact_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        customer_impact_start = _parse_customer_impact_start(d.pop("customer_impact_start", UNSET))

        customer_impacted = d.pop("customer_impacted", UNSET)

        def _parse_detected(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detected_type_0 = datetime.datetime.fromisoformat(data)

                return detected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        detected = _parse_detected(d.pop("detected", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: IncidentFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = IncidentFields.from_dict(_fields)

        _notification_handles = d.pop("notification_handles", UNSET)
        notification_handles: list[IncidentNotificationHandle] | Unset = UNSET
        if _notification_handles is not UNSET:
            notification_handles = []
            for notification_handles_item_data in _notification_handles:
                notification_handles_item = IncidentNotificationHandle.from_dict(notification_handles_item_data)

                notification_handles.append(notification_handles_item)

        title = d.pop("title", UNSET)

        incident_update_attributes = cls(
            customer_impact_end=customer_impact_end,
            customer_impact_scope=customer_impact_scope,
            customer_impact_start=customer_impact_start,
            customer_impacted=customer_impacted,
            detected=detected,
            fields=fields,
            notification_handles=notification_handles,
            title=title,
        )

        incident_update_attributes.additional_properties = d
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
