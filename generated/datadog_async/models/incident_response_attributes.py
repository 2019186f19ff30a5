from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_severity import IncidentSeverity, check_incident_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_fields import IncidentFields
    from ..models.incident_non_datadog_creator import IncidentNonDatadogCreator
    from ..models.incident_notification_handle import IncidentNotificationHandle


T = TypeVar("T", bound="IncidentResponseAttributes")


@_attrs_define
class IncidentResponseAttributes:
    """The incident's attributes from a response."""

    title: str
    """ The title of the incident, which summarizes what happened. """
    archived: datetime.datetime | None | Unset = UNSET
    """ Timestamp of when the incident was archived. """
    case_id: int | Unset = UNSET
    """ The incident case id. """
    created: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident was created. """
    customer_impact_duration: int | None | Unset = UNSET
    """ Length of the incident's customer impact in seconds. Equals the difference between `customer_impact_start`
    and `customer_impact_end`. """
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
    modified: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident was last modified. """
    non_datadog_creator: IncidentNonDatadogCreator | None | Unset = UNSET
    """ Incident's non Datadog creator. """
    notification_handles: list[IncidentNotificationHandle] | Unset = UNSET
    """ Notification handles that will be notified of the incident during update. """
    public_id: int | Unset = UNSET
    """ The monotonically increasing integer ID for the incident. """
    resolved: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the incident's state was last changed from active or stable to resolved or completed. """
    severity: IncidentSeverity | Unset = UNSET
    """ The incident severity. """
    state: str | Unset = UNSET
    """ The state incident. """
    time_to_detect: int | None | Unset = UNSET
    """ The amount of time in seconds to detect the incident. Equals the difference between `customer_impact_start`
    and `detected`. """
    time_to_internal_response: int | None | Unset = UNSET
    """ The amount of time in seconds to call incident after detection. Equals the difference of `detected` and
    `created`. """
    time_to_repair: int | None | Unset = UNSET
    """ The amount of time in seconds to resolve customer impact after detecting the issue. Equals the difference
    between `customer_impact_end` and `detected`. """
    time_to_resolve: int | None | Unset = UNSET
    """ The amount of time in seconds to resolve the incident after it was created. Equals the difference between
    `created` and `resolved`. """
    visibility: str | Unset = UNSET
    """ The incident visibility status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_non_datadog_creator import IncidentNonDatadogCreator  # noqa: PLC0415

        title = self.title

        archived: None | str | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, datetime.datetime):
            archived = self.archived.isoformat()
        else:
            archived = self.archived

        case_id = self.case_id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        customer_impact_duration: int | None | Unset
        if isinstance(self.customer_impact_duration, Unset):
            customer_impact_duration = UNSET
        else:
            customer_impact_duration = self.customer_impact_duration

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

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        non_datadog_creator: dict[str, Any] | None | Unset
        if isinstance(self.non_datadog_creator, Unset):
            non_datadog_creator = UNSET
        elif isinstance(self.non_datadog_creator, IncidentNonDatadogCreator):
            non_datadog_creator = self.non_datadog_creator.to_dict()
        else:
            non_datadog_creator = self.non_datadog_creator

        notification_handles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_handles, Unset):
            notification_handles = []
            for notification_handles_item_data in self.notification_handles:
                notification_handles_item = notification_handles_item_data.to_dict()
                notification_handles.append(notification_handles_item)

        public_id = self.public_id

        resolved: None | str | Unset
        if isinstance(self.resolved, Unset):
            resolved = UNSET
        elif isinstance(self.resolved, datetime.datetime):
            resolved = self.resolved.isoformat()
        else:
            resolved = self.resolved

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        state = self.state

        time_to_detect: int | None | Unset
        if isinstance(self.time_to_detect, Unset):
            time_to_detect = UNSET
        else:
            time_to_detect = self.time_to_detect

        time_to_internal_response: int | None | Unset
        if isinstance(self.time_to_internal_response, Unset):
            time_to_internal_response = UNSET
        else:
            time_to_internal_response = self.time_to_internal_response

        time_to_repair: int | None | Unset
        if isinstance(self.time_to_repair, Unset):
            time_to_repair = UNSET
        else:
            time_to_repair = self.time_to_repair

        time_to_resolve: int | None | Unset
        if isinstance(self.time_to_resolve, Unset):
            time_to_resolve = UNSET
        else:
            time_to_resolve = self.time_to_resolve

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if created is not UNSET:
            field_dict["created"] = created
        if customer_impact_duration is not UNSET:
            field_dict["customer_impact_duration"] = customer_impact_duration
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
        if modified is not UNSET:
            field_dict["modified"] = modified
        if non_datadog_creator is not UNSET:
            field_dict["non_datadog_creator"] = non_datadog_creator
        if notification_handles is not UNSET:
            field_dict["notification_handles"] = notification_handles
        if public_id is not UNSET:
            field_dict["public_id"] = public_id
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if severity is not UNSET:
            field_dict["severity"] = severity
        if state is not UNSET:
            field_dict["state"] = state
        if time_to_detect is not UNSET:
            field_dict["time_to_detect"] = time_to_detect
        if time_to_internal_response is not UNSET:
            field_dict["time_to_internal_response"] = time_to_internal_response
        if time_to_repair is not UNSET:
            field_dict["time_to_repair"] = time_to_repair
        if time_to_resolve is not UNSET:
            field_dict["time_to_resolve"] = time_to_resolve
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_fields import IncidentFields  # noqa: PLC0415
        from ..models.incident_non_datadog_creator import IncidentNonDatadogCreator  # noqa: PLC0415
        from ..models.incident_notification_handle import IncidentNotificationHandle  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_archived(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_type_0 = datetime.datetime.fromisoformat(data)

                return archived_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        case_id = d.pop("case_id", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        def _parse_customer_impact_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_impact_duration = _parse_customer_impact_duration(d.pop("customer_impact_duration", UNSET))

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

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        def _parse_non_datadog_creator(data: object) -> IncidentNonDatadogCreator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                non_datadog_creator_type_0 = IncidentNonDatadogCreator.from_dict(data)

                return non_datadog_creator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentNonDatadogCreator | None | Unset, data)

        non_datadog_creator = _parse_non_datadog_creator(d.pop("non_datadog_creator", UNSET))

        _notification_handles = d.pop("notification_handles", UNSET)
        notification_handles: list[IncidentNotificationHandle] | Unset = UNSET
        if _notification_handles is not UNSET:
            notification_handles = []
            for notification_handles_item_data in _notification_handles:
                notification_handles_item = IncidentNotificationHandle.from_dict(notification_handles_item_data)

                notification_handles.append(notification_handles_item)

        public_id = d.pop("public_id", UNSET)

        def _parse_resolved(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        resolved = _parse_resolved(d.pop("resolved", UNSET))

        _severity = d.pop("severity", UNSET)
        severity: IncidentSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = check_incident_severity(_severity)

        state = d.pop("state", UNSET)

        def _parse_time_to_detect(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_to_detect = _parse_time_to_detect(d.pop("time_to_detect", UNSET))

        def _parse_time_to_internal_response(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_to_internal_response = _parse_time_to_internal_response(d.pop("time_to_internal_response", UNSET))

        def _parse_time_to_repair(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_to_repair = _parse_time_to_repair(d.pop("time_to_repair", UNSET))

        def _parse_time_to_resolve(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_to_resolve = _parse_time_to_resolve(d.pop("time_to_resolve", UNSET))

        visibility = d.pop("visibility", UNSET)

        incident_response_attributes = cls(
            title=title,
            archived=archived,
            case_id=case_id,
            created=created,
            customer_impact_duration=customer_impact_duration,
            customer_impact_end=customer_impact_end,
            customer_impact_scope=customer_impact_scope,
            customer_impact_start=customer_impact_start,
            customer_impacted=customer_impacted,
            detected=detected,
            fields=fields,
            modified=modified,
            non_datadog_creator=non_datadog_creator,
            notification_handles=notification_handles,
            public_id=public_id,
            resolved=resolved,
            severity=severity,
            state=state,
            time_to_detect=time_to_detect,
            time_to_internal_response=time_to_internal_response,
            time_to_repair=time_to_repair,
            time_to_resolve=time_to_resolve,
            visibility=visibility,
        )

        incident_response_attributes.additional_properties = d
        return incident_response_attributes

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
