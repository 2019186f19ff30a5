from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_severity import INCIDENT_SEVERITY_VALUES, IncidentSeverity
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
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="IncidentResponseAttributes")


@_attrs_define(init=False)
class IncidentResponseAttributes(DatadogModel):
    """The incident's attributes from a response."""

    title: str
    """ The title of the incident, which summarizes what happened. """
    archived: datetime.datetime | None
    """ Timestamp of when the incident was archived. """
    case_id: int | None
    """ The incident case id. """
    created: datetime.datetime | None
    """ Timestamp when the incident was created. """
    customer_impact_duration: int | None
    """ Length of the incident's customer impact in seconds. Equals the difference between `customer_impact_start`
    and `customer_impact_end`. """
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
    modified: datetime.datetime | None
    """ Timestamp when the incident was last modified. """
    non_datadog_creator: IncidentNonDatadogCreator | None
    """ Incident's non Datadog creator. """
    notification_handles: list[IncidentNotificationHandle] | None
    """ Notification handles that will be notified of the incident during update. """
    public_id: int | None
    """ The monotonically increasing integer ID for the incident. """
    resolved: datetime.datetime | None
    """ Timestamp when the incident's state was last changed from active or stable to resolved or completed. """
    severity: IncidentSeverity | str | None
    """ The incident severity. """
    state: str | None
    """ The state incident. """
    time_to_detect: int | None
    """ The amount of time in seconds to detect the incident. Equals the difference between `customer_impact_start`
    and `detected`. """
    time_to_internal_response: int | None
    """ The amount of time in seconds to call incident after detection. Equals the difference of `detected` and
    `created`. """
    time_to_repair: int | None
    """ The amount of time in seconds to resolve customer impact after detecting the issue. Equals the difference
    between `customer_impact_end` and `detected`. """
    time_to_resolve: int | None
    """ The amount of time in seconds to resolve the incident after it was created. Equals the difference between
    `created` and `resolved`. """
    visibility: str | None
    """ The incident visibility status. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        title: str,
        archived: datetime.datetime | None | Unset = UNSET,
        case_id: int | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        customer_impact_duration: int | None | Unset = UNSET,
        customer_impact_end: datetime.datetime | None | Unset = UNSET,
        customer_impact_scope: str | None | Unset = UNSET,
        customer_impact_start: datetime.datetime | None | Unset = UNSET,
        customer_impacted: bool | None | Unset = UNSET,
        detected: datetime.datetime | None | Unset = UNSET,
        fields: IncidentFields | None | Unset = UNSET,
        modified: datetime.datetime | None | Unset = UNSET,
        non_datadog_creator: IncidentNonDatadogCreator | None | Unset = UNSET,
        notification_handles: list[IncidentNotificationHandle] | None | Unset = UNSET,
        public_id: int | None | Unset = UNSET,
        resolved: datetime.datetime | None | Unset = UNSET,
        severity: IncidentSeverity | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        time_to_detect: int | None | Unset = UNSET,
        time_to_internal_response: int | None | Unset = UNSET,
        time_to_repair: int | None | Unset = UNSET,
        time_to_resolve: int | None | Unset = UNSET,
        visibility: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.title = title
        _absent = 0
        if type(archived) is Unset:
            _absent |= 1
            self.archived = None
        else:
            self.archived = archived
        if type(case_id) is Unset:
            _absent |= 2
            self.case_id = None
        else:
            self.case_id = case_id
        if type(created) is Unset:
            _absent |= 4
            self.created = None
        else:
            self.created = created
        if type(customer_impact_duration) is Unset:
            _absent |= 8
            self.customer_impact_duration = None
        else:
            self.customer_impact_duration = customer_impact_duration
        if type(customer_impact_end) is Unset:
            _absent |= 16
            self.customer_impact_end = None
        else:
            self.customer_impact_end = customer_impact_end
        if type(customer_impact_scope) is Unset:
            _absent |= 32
            self.customer_impact_scope = None
        else:
            self.customer_impact_scope = customer_impact_scope
        if type(customer_impact_start) is Unset:
            _absent |= 64
            self.customer_impact_start = None
        else:
            self.customer_impact_start = customer_impact_start
        if type(customer_impacted) is Unset:
            _absent |= 128
            self.customer_impacted = None
        else:
            self.customer_impacted = customer_impacted
        if type(detected) is Unset:
            _absent |= 256
            self.detected = None
        else:
            self.detected = detected
        if type(fields) is Unset:
            _absent |= 512
            self.fields = None
        else:
            self.fields = fields
        if type(modified) is Unset:
            _absent |= 1024
            self.modified = None
        else:
            self.modified = modified
        if type(non_datadog_creator) is Unset:
            _absent |= 2048
            self.non_datadog_creator = None
        else:
            self.non_datadog_creator = non_datadog_creator
        if type(notification_handles) is Unset:
            _absent |= 4096
            self.notification_handles = None
        else:
            self.notification_handles = notification_handles
        if type(public_id) is Unset:
            _absent |= 8192
            self.public_id = None
        else:
            self.public_id = public_id
        if type(resolved) is Unset:
            _absent |= 16384
            self.resolved = None
        else:
            self.resolved = resolved
        if type(severity) is Unset:
            _absent |= 32768
            self.severity = None
        else:
            self.severity = severity
        if type(state) is Unset:
            _absent |= 65536
            self.state = None
        else:
            self.state = state
        if type(time_to_detect) is Unset:
            _absent |= 131072
            self.time_to_detect = None
        else:
            self.time_to_detect = time_to_detect
        if type(time_to_internal_response) is Unset:
            _absent |= 262144
            self.time_to_internal_response = None
        else:
            self.time_to_internal_response = time_to_internal_response
        if type(time_to_repair) is Unset:
            _absent |= 524288
            self.time_to_repair = None
        else:
            self.time_to_repair = time_to_repair
        if type(time_to_resolve) is Unset:
            _absent |= 1048576
            self.time_to_resolve = None
        else:
            self.time_to_resolve = time_to_resolve
        if type(visibility) is Unset:
            _absent |= 2097152
            self.visibility = None
        else:
            self.visibility = visibility
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["title"] = self.title
        if self.archived is not None:
            field_dict["archived"] = self.archived.isoformat()
        elif not self._absent & 1:
            field_dict["archived"] = None
        if self.case_id is not None:
            field_dict["case_id"] = self.case_id
        elif not self._absent & 2:
            field_dict["case_id"] = None
        if self.created is not None:
            field_dict["created"] = self.created.isoformat()
        elif not self._absent & 4:
            field_dict["created"] = None
        if self.customer_impact_duration is not None:
            field_dict["customer_impact_duration"] = self.customer_impact_duration
        elif not self._absent & 8:
            field_dict["customer_impact_duration"] = None
        if self.customer_impact_end is not None:
            field_dict["customer_impact_end"] = self.customer_impact_end.isoformat()
        elif not self._absent & 16:
            field_dict["customer_impact_end"] = None
        if self.customer_impact_scope is not None:
            field_dict["customer_impact_scope"] = self.customer_impact_scope
        elif not self._absent & 32:
            field_dict["customer_impact_scope"] = None
        if self.customer_impact_start is not None:
            field_dict["customer_impact_start"] = self.customer_impact_start.isoformat()
        elif not self._absent & 64:
            field_dict["customer_impact_start"] = None
        if self.customer_impacted is not None:
            field_dict["customer_impacted"] = self.customer_impacted
        elif not self._absent & 128:
            field_dict["customer_impacted"] = None
        if self.detected is not None:
            field_dict["detected"] = self.detected.isoformat()
        elif not self._absent & 256:
            field_dict["detected"] = None
        if self.fields is not None:
            field_dict["fields"] = self.fields.to_dict()
        elif not self._absent & 512:
            field_dict["fields"] = None
        if self.modified is not None:
            field_dict["modified"] = self.modified.isoformat()
        elif not self._absent & 1024:
            field_dict["modified"] = None
        if self.non_datadog_creator is not None:
            field_dict["non_datadog_creator"] = self.non_datadog_creator.to_dict()
        elif not self._absent & 2048:
            field_dict["non_datadog_creator"] = None
        if self.notification_handles is not None:
            field_dict["notification_handles"] = [_v0.to_dict() for _v0 in self.notification_handles]
        elif not self._absent & 4096:
            field_dict["notification_handles"] = None
        if self.public_id is not None:
            field_dict["public_id"] = self.public_id
        elif not self._absent & 8192:
            field_dict["public_id"] = None
        if self.resolved is not None:
            field_dict["resolved"] = self.resolved.isoformat()
        elif not self._absent & 16384:
            field_dict["resolved"] = None
        if self.severity is not None:
            field_dict["severity"] = self.severity
        elif not self._absent & 32768:
            field_dict["severity"] = None
        if self.state is not None:
            field_dict["state"] = self.state
        elif not self._absent & 65536:
            field_dict["state"] = None
        if self.time_to_detect is not None:
            field_dict["time_to_detect"] = self.time_to_detect
        elif not self._absent & 131072:
            field_dict["time_to_detect"] = None
        if self.time_to_internal_response is not None:
            field_dict["time_to_internal_response"] = self.time_to_internal_response
        elif not self._absent & 262144:
            field_dict["time_to_internal_response"] = None
        if self.time_to_repair is not None:
            field_dict["time_to_repair"] = self.time_to_repair
        elif not self._absent & 524288:
            field_dict["time_to_repair"] = None
        if self.time_to_resolve is not None:
            field_dict["time_to_resolve"] = self.time_to_resolve
        elif not self._absent & 1048576:
            field_dict["time_to_resolve"] = None
        if self.visibility is not None:
            field_dict["visibility"] = self.visibility
        elif not self._absent & 2097152:
            field_dict["visibility"] = None
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
            title = d["title"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(title, str):
            raise ModelValidationError.expected("title", "a string", title)
        _absent = 0  # bit i: optional field i is not in the object
        archived = d.get("archived", UNSET)
        if isinstance(archived, str):
            try:
                archived = _parse_datetime(archived)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "archived", "a date-time string", archived)
                archived = None
        elif archived is UNSET:
            _absent |= 1
            archived = None
        elif archived is not None:
            _devs, _raw = _wrong(_devs, _raw, "archived", "a date-time string", archived)
            archived = None
        case_id = d.get("case_id", UNSET)
        if case_id.__class__ is not int and (isinstance(case_id, bool) or not isinstance(case_id, int)):
            if case_id is UNSET:
                _absent |= 2
                case_id = None
            elif case_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "case_id", "an integer", case_id)
                case_id = None
        created = d.get("created", UNSET)
        if isinstance(created, str):
            try:
                created = _parse_datetime(created)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "created", "a date-time string", created)
                created = None
        elif created is UNSET:
            _absent |= 4
            created = None
        elif created is not None:
            _devs, _raw = _wrong(_devs, _raw, "created", "a date-time string", created)
            created = None
        customer_impact_duration = d.get("customer_impact_duration", UNSET)
        if customer_impact_duration.__class__ is not int and (
            isinstance(customer_impact_duration, bool) or not isinstance(customer_impact_duration, int)
        ):
            if customer_impact_duration is UNSET:
                _absent |= 8
                customer_impact_duration = None
            elif customer_impact_duration is not None:
                _devs, _raw = _wrong(_devs, _raw, "customer_impact_duration", "an integer", customer_impact_duration)
                customer_impact_duration = None
        customer_impact_end = d.get("customer_impact_end", UNSET)
        if isinstance(customer_impact_end, str):
            try:
                customer_impact_end = _parse_datetime(customer_impact_end)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "customer_impact_end", "a date-time string", customer_impact_end)
                customer_impact_end = None
        elif customer_impact_end is UNSET:
            _absent |= 16
            customer_impact_end = None
        elif customer_impact_end is not None:
            _devs, _raw = _wrong(_devs, _raw, "customer_impact_end", "a date-time string", customer_impact_end)
            customer_impact_end = None
        customer_impact_scope = d.get("customer_impact_scope", UNSET)
        if not isinstance(customer_impact_scope, str):
            if customer_impact_scope is UNSET:
                _absent |= 32
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
            _absent |= 64
            customer_impact_start = None
        elif customer_impact_start is not None:
            _devs, _raw = _wrong(_devs, _raw, "customer_impact_start", "a date-time string", customer_impact_start)
            customer_impact_start = None
        customer_impacted = d.get("customer_impacted", UNSET)
        if not isinstance(customer_impacted, bool):
            if customer_impacted is UNSET:
                _absent |= 128
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
            _absent |= 256
            detected = None
        elif detected is not None:
            _devs, _raw = _wrong(_devs, _raw, "detected", "a date-time string", detected)
            detected = None
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent |= 512
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
        modified = d.get("modified", UNSET)
        if isinstance(modified, str):
            try:
                modified = _parse_datetime(modified)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "modified", "a date-time string", modified)
                modified = None
        elif modified is UNSET:
            _absent |= 1024
            modified = None
        elif modified is not None:
            _devs, _raw = _wrong(_devs, _raw, "modified", "a date-time string", modified)
            modified = None
        non_datadog_creator = d.get("non_datadog_creator", UNSET)
        if non_datadog_creator is UNSET:
            _absent |= 2048
            non_datadog_creator = None
        elif non_datadog_creator is not None:
            _src = non_datadog_creator
            try:
                non_datadog_creator = IncidentNonDatadogCreator.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "non_datadog_creator")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "non_datadog_creator", _src, _e)
                non_datadog_creator = None
            else:
                if non_datadog_creator._deviations:
                    _devs = _lift(_devs, ("non_datadog_creator",), non_datadog_creator._deviations)
        notification_handles = d.get("notification_handles", UNSET)
        if notification_handles is UNSET:
            _absent |= 4096
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
        public_id = d.get("public_id", UNSET)
        if public_id.__class__ is not int and (isinstance(public_id, bool) or not isinstance(public_id, int)):
            if public_id is UNSET:
                _absent |= 8192
                public_id = None
            elif public_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "public_id", "an integer", public_id)
                public_id = None
        resolved = d.get("resolved", UNSET)
        if isinstance(resolved, str):
            try:
                resolved = _parse_datetime(resolved)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "resolved", "a date-time string", resolved)
                resolved = None
        elif resolved is UNSET:
            _absent |= 16384
            resolved = None
        elif resolved is not None:
            _devs, _raw = _wrong(_devs, _raw, "resolved", "a date-time string", resolved)
            resolved = None
        severity = d.get("severity", UNSET)
        if not isinstance(severity, str):
            if severity is UNSET:
                _absent |= 32768
                severity = None
            elif severity is not None:
                _devs, _raw = _wrong(_devs, _raw, "severity", "a string", severity)
                severity = None
        elif severity not in {"SEV-1", "SEV-2", "SEV-3", "SEV-4", "SEV-5", "UNKNOWN"}:
            _devs = _unknown_value(_devs, ("severity",), INCIDENT_SEVERITY_VALUES, severity)
        state = d.get("state", UNSET)
        if not isinstance(state, str):
            if state is UNSET:
                _absent |= 65536
                state = None
            elif state is not None:
                _devs, _raw = _wrong(_devs, _raw, "state", "a string", state)
                state = None
        time_to_detect = d.get("time_to_detect", UNSET)
        if time_to_detect.__class__ is not int and (
            isinstance(time_to_detect, bool) or not isinstance(time_to_detect, int)
        ):
            if time_to_detect is UNSET:
                _absent |= 131072
                time_to_detect = None
            elif time_to_detect is not None:
                _devs, _raw = _wrong(_devs, _raw, "time_to_detect", "an integer", time_to_detect)
                time_to_detect = None
        time_to_internal_response = d.get("time_to_internal_response", UNSET)
        if time_to_internal_response.__class__ is not int and (
            isinstance(time_to_internal_response, bool) or not isinstance(time_to_internal_response, int)
        ):
            if time_to_internal_response is UNSET:
                _absent |= 262144
                time_to_internal_response = None
            elif time_to_internal_response is not None:
                _devs, _raw = _wrong(_devs, _raw, "time_to_internal_response", "an integer", time_to_internal_response)
                time_to_internal_response = None
        time_to_repair = d.get("time_to_repair", UNSET)
        if time_to_repair.__class__ is not int and (
            isinstance(time_to_repair, bool) or not isinstance(time_to_repair, int)
        ):
            if time_to_repair is UNSET:
                _absent |= 524288
                time_to_repair = None
            elif time_to_repair is not None:
                _devs, _raw = _wrong(_devs, _raw, "time_to_repair", "an integer", time_to_repair)
                time_to_repair = None
        time_to_resolve = d.get("time_to_resolve", UNSET)
        if time_to_resolve.__class__ is not int and (
            isinstance(time_to_resolve, bool) or not isinstance(time_to_resolve, int)
        ):
            if time_to_resolve is UNSET:
                _absent |= 1048576
                time_to_resolve = None
            elif time_to_resolve is not None:
                _devs, _raw = _wrong(_devs, _raw, "time_to_resolve", "an integer", time_to_resolve)
                time_to_resolve = None
        visibility = d.get("visibility", UNSET)
        if not isinstance(visibility, str):
            if visibility is UNSET:
                _absent |= 2097152
                visibility = None
            elif visibility is not None:
                _devs, _raw = _wrong(_devs, _raw, "visibility", "a string", visibility)
                visibility = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_response_attributes = object.__new__(cls)
        incident_response_attributes.title = title
        incident_response_attributes.archived = archived
        incident_response_attributes.case_id = case_id
        incident_response_attributes.created = created
        incident_response_attributes.customer_impact_duration = customer_impact_duration
        incident_response_attributes.customer_impact_end = customer_impact_end
        incident_response_attributes.customer_impact_scope = customer_impact_scope
        incident_response_attributes.customer_impact_start = customer_impact_start
        incident_response_attributes.customer_impacted = customer_impacted
        incident_response_attributes.detected = detected
        incident_response_attributes.fields = fields
        incident_response_attributes.modified = modified
        incident_response_attributes.non_datadog_creator = non_datadog_creator
        incident_response_attributes.notification_handles = notification_handles
        incident_response_attributes.public_id = public_id
        incident_response_attributes.resolved = resolved
        incident_response_attributes.severity = severity
        incident_response_attributes.state = state
        incident_response_attributes.time_to_detect = time_to_detect
        incident_response_attributes.time_to_internal_response = time_to_internal_response
        incident_response_attributes.time_to_repair = time_to_repair
        incident_response_attributes.time_to_resolve = time_to_resolve
        incident_response_attributes.visibility = visibility
        incident_response_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 23:  # other keys
            incident_response_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_response_attributes._extra)
        else:
            incident_response_attributes._extra = None
        incident_response_attributes._raw = _raw
        incident_response_attributes._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentResponseAttributes)


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
