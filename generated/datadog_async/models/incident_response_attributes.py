from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_severity import IncidentSeverity
from ..types import UNSET, ModelValidationError, Unset, _as_object, _parse_datetime

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
    severity: IncidentSeverity | str | Unset = UNSET
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["title"] = self.title
        if not isinstance(self.archived, Unset):
            field_dict["archived"] = None if self.archived is None else self.archived.isoformat()
        if not isinstance(self.case_id, Unset):
            field_dict["case_id"] = self.case_id
        if not isinstance(self.created, Unset):
            field_dict["created"] = self.created.isoformat()
        if not isinstance(self.customer_impact_duration, Unset):
            field_dict["customer_impact_duration"] = self.customer_impact_duration
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
        if not isinstance(self.modified, Unset):
            field_dict["modified"] = self.modified.isoformat()
        if not isinstance(self.non_datadog_creator, Unset):
            field_dict["non_datadog_creator"] = (
                None if self.non_datadog_creator is None else self.non_datadog_creator.to_dict()
            )
        if not isinstance(self.notification_handles, Unset):
            field_dict["notification_handles"] = [_v0.to_dict() for _v0 in self.notification_handles]
        if not isinstance(self.public_id, Unset):
            field_dict["public_id"] = self.public_id
        if not isinstance(self.resolved, Unset):
            field_dict["resolved"] = None if self.resolved is None else self.resolved.isoformat()
        if not isinstance(self.severity, Unset):
            field_dict["severity"] = self.severity
        if not isinstance(self.state, Unset):
            field_dict["state"] = self.state
        if not isinstance(self.time_to_detect, Unset):
            field_dict["time_to_detect"] = self.time_to_detect
        if not isinstance(self.time_to_internal_response, Unset):
            field_dict["time_to_internal_response"] = self.time_to_internal_response
        if not isinstance(self.time_to_repair, Unset):
            field_dict["time_to_repair"] = self.time_to_repair
        if not isinstance(self.time_to_resolve, Unset):
            field_dict["time_to_resolve"] = self.time_to_resolve
        if not isinstance(self.visibility, Unset):
            field_dict["visibility"] = self.visibility
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            title = d["title"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(title, str):
            raise ModelValidationError.expected("title", "a string", title)
        _absent = 0  # optional fields not in the object
        archived = d.get("archived", UNSET)
        if isinstance(archived, str):
            try:
                archived = _parse_datetime(archived)
            except ValueError:
                raise ModelValidationError.expected("archived", "a date-time string or null", archived) from None
        elif archived is UNSET:
            _absent += 1
        elif archived is not None:
            raise ModelValidationError.expected("archived", "a date-time string or null", archived)
        case_id = d.get("case_id", UNSET)
        if case_id.__class__ is not int and (isinstance(case_id, bool) or not isinstance(case_id, int)):
            if case_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("case_id", "an integer", case_id)
        created = d.get("created", UNSET)
        if isinstance(created, str):
            try:
                created = _parse_datetime(created)
            except ValueError:
                raise ModelValidationError.expected("created", "a date-time string", created) from None
        elif created is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("created", "a date-time string", created)
        customer_impact_duration = d.get("customer_impact_duration", UNSET)
        if customer_impact_duration.__class__ is not int and (
            isinstance(customer_impact_duration, bool) or not isinstance(customer_impact_duration, int)
        ):
            if customer_impact_duration is UNSET:
                _absent += 1
            elif customer_impact_duration is not None:
                raise ModelValidationError.expected(
                    "customer_impact_duration", "an integer or null", customer_impact_duration
                )
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
        modified = d.get("modified", UNSET)
        if isinstance(modified, str):
            try:
                modified = _parse_datetime(modified)
            except ValueError:
                raise ModelValidationError.expected("modified", "a date-time string", modified) from None
        elif modified is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("modified", "a date-time string", modified)
        non_datadog_creator = d.get("non_datadog_creator", UNSET)
        if non_datadog_creator is UNSET:
            _absent += 1
        elif non_datadog_creator is not None:
            try:
                non_datadog_creator = IncidentNonDatadogCreator.from_dict(non_datadog_creator)
            except ModelValidationError as _e:
                _e.path.insert(0, "non_datadog_creator")
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
        public_id = d.get("public_id", UNSET)
        if public_id.__class__ is not int and (isinstance(public_id, bool) or not isinstance(public_id, int)):
            if public_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("public_id", "an integer", public_id)
        resolved = d.get("resolved", UNSET)
        if isinstance(resolved, str):
            try:
                resolved = _parse_datetime(resolved)
            except ValueError:
                raise ModelValidationError.expected("resolved", "a date-time string or null", resolved) from None
        elif resolved is UNSET:
            _absent += 1
        elif resolved is not None:
            raise ModelValidationError.expected("resolved", "a date-time string or null", resolved)
        severity = d.get("severity", UNSET)
        if not isinstance(severity, str):
            if severity is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("severity", "a string", severity)
        state = d.get("state", UNSET)
        if not isinstance(state, str):
            if state is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("state", "a string", state)
        time_to_detect = d.get("time_to_detect", UNSET)
        if time_to_detect.__class__ is not int and (
            isinstance(time_to_detect, bool) or not isinstance(time_to_detect, int)
        ):
            if time_to_detect is UNSET:
                _absent += 1
            elif time_to_detect is not None:
                raise ModelValidationError.expected("time_to_detect", "an integer or null", time_to_detect)
        time_to_internal_response = d.get("time_to_internal_response", UNSET)
        if time_to_internal_response.__class__ is not int and (
            isinstance(time_to_internal_response, bool) or not isinstance(time_to_internal_response, int)
        ):
            if time_to_internal_response is UNSET:
                _absent += 1
            elif time_to_internal_response is not None:
                raise ModelValidationError.expected(
                    "time_to_internal_response", "an integer or null", time_to_internal_response
                )
        time_to_repair = d.get("time_to_repair", UNSET)
        if time_to_repair.__class__ is not int and (
            isinstance(time_to_repair, bool) or not isinstance(time_to_repair, int)
        ):
            if time_to_repair is UNSET:
                _absent += 1
            elif time_to_repair is not None:
                raise ModelValidationError.expected("time_to_repair", "an integer or null", time_to_repair)
        time_to_resolve = d.get("time_to_resolve", UNSET)
        if time_to_resolve.__class__ is not int and (
            isinstance(time_to_resolve, bool) or not isinstance(time_to_resolve, int)
        ):
            if time_to_resolve is UNSET:
                _absent += 1
            elif time_to_resolve is not None:
                raise ModelValidationError.expected("time_to_resolve", "an integer or null", time_to_resolve)
        visibility = d.get("visibility", UNSET)
        if not isinstance(visibility, str):
            if visibility is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("visibility", "a string", visibility)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_response_attributes = cls(
            title,
            archived,
            case_id,
            created,
            customer_impact_duration,
            customer_impact_end,
            customer_impact_scope,
            customer_impact_start,
            customer_impacted,
            detected,
            fields,
            modified,
            non_datadog_creator,
            notification_handles,
            public_id,
            resolved,
            severity,
            state,
            time_to_detect,
            time_to_internal_response,
            time_to_repair,
            time_to_resolve,
            visibility,
        )
        if len(d) + _absent > 23:  # keys other than the fields above
            incident_response_attributes.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "title",
        "archived",
        "case_id",
        "created",
        "customer_impact_duration",
        "customer_impact_end",
        "customer_impact_scope",
        "customer_impact_start",
        "customer_impacted",
        "detected",
        "fields",
        "modified",
        "non_datadog_creator",
        "notification_handles",
        "public_id",
        "resolved",
        "severity",
        "state",
        "time_to_detect",
        "time_to_internal_response",
        "time_to_repair",
        "time_to_resolve",
        "visibility",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_fields import IncidentFields  # noqa: E402
from ..models.incident_non_datadog_creator import IncidentNonDatadogCreator  # noqa: E402
from ..models.incident_notification_handle import IncidentNotificationHandle  # noqa: E402
