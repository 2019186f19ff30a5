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
    _extra_fields,
    _lazy_extra,
    _lift,
    _parse_datetime,
    _wrong,
)

T = TypeVar("T", bound="IncidentTodoAttributes")


@_attrs_define(init=False)
class IncidentTodoAttributes(DatadogModel):
    """Incident todo's attributes."""

    assignees: list[str | IncidentTodoAnonymousAssignee]
    """ Array of todo assignees. """
    content: str
    """ The follow-up task's content. """
    completed: str | None
    """ Timestamp when the todo was completed. """
    created: datetime.datetime | None
    """ Timestamp when the incident todo was created. """
    due_date: str | None
    """ Timestamp when the todo should be completed by. """
    incident_id: str | None
    """ UUID of the incident this todo is connected to. """
    modified: datetime.datetime | None
    """ Timestamp when the incident todo was last modified. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        assignees: list[str | IncidentTodoAnonymousAssignee],
        content: str,
        completed: str | None | Unset = UNSET,
        due_date: str | None | Unset = UNSET,
        incident_id: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.assignees = assignees
        self.content = content
        _absent = 0
        if type(completed) is Unset:
            _absent |= 1
            self.completed = None
        else:
            self.completed = completed
        _absent |= 2  # readOnly: set by the server, never sent
        self.created = None
        if type(due_date) is Unset:
            _absent |= 4
            self.due_date = None
        else:
            self.due_date = due_date
        if type(incident_id) is Unset:
            _absent |= 8
            self.incident_id = None
        else:
            self.incident_id = incident_id
        _absent |= 16  # readOnly: set by the server, never sent
        self.modified = None
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["assignees"] = [_dump_assignees_item(_v0) for _v0 in self.assignees]
        field_dict["content"] = self.content
        if self.completed is not None:
            field_dict["completed"] = self.completed
        elif not self._absent & 1:
            field_dict["completed"] = None
        if self.created is not None:
            field_dict["created"] = self.created.isoformat()
        elif not self._absent & 2:
            field_dict["created"] = None
        if self.due_date is not None:
            field_dict["due_date"] = self.due_date
        elif not self._absent & 4:
            field_dict["due_date"] = None
        if self.incident_id is not None:
            field_dict["incident_id"] = self.incident_id
        elif not self._absent & 8:
            field_dict["incident_id"] = None
        if self.modified is not None:
            field_dict["modified"] = self.modified.isoformat()
        elif not self._absent & 16:
            field_dict["modified"] = None
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
            assignees = d["assignees"]
            content = d["content"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(assignees, list):
            raise ModelValidationError.expected("assignees", "an array", assignees)
        try:
            _l0 = []
            for _i0, _v0 in enumerate(assignees):
                try:
                    _x0 = _parse_assignees_item(_v0)
                except ModelValidationError as _e:
                    _e.path.insert(0, _i0)
                    raise
                _l0.append(_x0)
        except ModelValidationError as _e:
            _e.path.insert(0, "assignees")
            raise

        assignees = _l0
        for _j0, _h0 in enumerate(assignees):
            if isinstance(_h0, DatadogModel) and _h0._deviations:
                _devs = _lift(
                    _devs,
                    (
                        "assignees",
                        _j0,
                    ),
                    _h0._deviations,
                )
        if not isinstance(content, str):
            raise ModelValidationError.expected("content", "a string", content)
        _absent = 0  # bit i: optional field i is not in the object
        completed = d.get("completed", UNSET)
        if not isinstance(completed, str):
            if completed is UNSET:
                _absent |= 1
                completed = None
            elif completed is not None:
                _devs, _raw = _wrong(_devs, _raw, "completed", "a string", completed)
                completed = None
        created = d.get("created", UNSET)
        if isinstance(created, str):
            try:
                created = _parse_datetime(created)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "created", "a date-time string", created)
                created = None
        elif created is UNSET:
            _absent |= 2
            created = None
        elif created is not None:
            _devs, _raw = _wrong(_devs, _raw, "created", "a date-time string", created)
            created = None
        due_date = d.get("due_date", UNSET)
        if not isinstance(due_date, str):
            if due_date is UNSET:
                _absent |= 4
                due_date = None
            elif due_date is not None:
                _devs, _raw = _wrong(_devs, _raw, "due_date", "a string", due_date)
                due_date = None
        incident_id = d.get("incident_id", UNSET)
        if not isinstance(incident_id, str):
            if incident_id is UNSET:
                _absent |= 8
                incident_id = None
            elif incident_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "incident_id", "a string", incident_id)
                incident_id = None
        modified = d.get("modified", UNSET)
        if isinstance(modified, str):
            try:
                modified = _parse_datetime(modified)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "modified", "a date-time string", modified)
                modified = None
        elif modified is UNSET:
            _absent |= 16
            modified = None
        elif modified is not None:
            _devs, _raw = _wrong(_devs, _raw, "modified", "a date-time string", modified)
            modified = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_todo_attributes = object.__new__(cls)
        incident_todo_attributes.assignees = assignees
        incident_todo_attributes.content = content
        incident_todo_attributes.completed = completed
        incident_todo_attributes.created = created
        incident_todo_attributes.due_date = due_date
        incident_todo_attributes.incident_id = incident_id
        incident_todo_attributes.modified = modified
        incident_todo_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 7:  # other keys
            incident_todo_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_todo_attributes._extra)
        else:
            incident_todo_attributes._extra = None
        incident_todo_attributes._raw = _raw
        incident_todo_attributes._deviations = () if _devs is None else tuple(_devs)
        return incident_todo_attributes

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


_lazy_extra(IncidentTodoAttributes)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "assignees",
        "content",
        "completed",
        "created",
        "due_date",
        "incident_id",
        "modified",
    }
)


def _parse_assignees_item(data: Any) -> str | IncidentTodoAnonymousAssignee:
    if isinstance(data, dict):
        return IncidentTodoAnonymousAssignee.from_dict(data)
    if isinstance(data, str):
        return data
    raise ModelValidationError.expected(None, "a string or an object", data)


def _dump_assignees_item(value: str | IncidentTodoAnonymousAssignee) -> Any:
    if isinstance(value, IncidentTodoAnonymousAssignee):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_todo_anonymous_assignee import IncidentTodoAnonymousAssignee  # noqa: E402
