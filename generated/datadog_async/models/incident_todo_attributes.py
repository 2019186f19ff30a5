from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _parse_datetime

T = TypeVar("T", bound="IncidentTodoAttributes")


@_attrs_define
class IncidentTodoAttributes:
    """Incident todo's attributes."""

    assignees: list[str | IncidentTodoAnonymousAssignee]
    """ Array of todo assignees. """
    content: str
    """ The follow-up task's content. """
    completed: str | None | Unset = UNSET
    """ Timestamp when the todo was completed. """
    created: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident todo was created. """
    due_date: str | None | Unset = UNSET
    """ Timestamp when the todo should be completed by. """
    incident_id: str | Unset = UNSET
    """ UUID of the incident this todo is connected to. """
    modified: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident todo was last modified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["assignees"] = [_dump_assignees_item(_v0) for _v0 in self.assignees]
        field_dict["content"] = self.content
        if not isinstance(self.completed, Unset):
            field_dict["completed"] = self.completed
        if not isinstance(self.created, Unset):
            field_dict["created"] = self.created.isoformat()
        if not isinstance(self.due_date, Unset):
            field_dict["due_date"] = self.due_date
        if not isinstance(self.incident_id, Unset):
            field_dict["incident_id"] = self.incident_id
        if not isinstance(self.modified, Unset):
            field_dict["modified"] = self.modified.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
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
        if not isinstance(content, str):
            raise ModelValidationError.expected("content", "a string", content)
        _absent = 0  # optional fields not in the object
        completed = d.get("completed", UNSET)
        if not isinstance(completed, str):
            if completed is UNSET:
                _absent += 1
            elif completed is not None:
                raise ModelValidationError.expected("completed", "a string or null", completed)
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
        due_date = d.get("due_date", UNSET)
        if not isinstance(due_date, str):
            if due_date is UNSET:
                _absent += 1
            elif due_date is not None:
                raise ModelValidationError.expected("due_date", "a string or null", due_date)
        incident_id = d.get("incident_id", UNSET)
        if not isinstance(incident_id, str):
            if incident_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("incident_id", "a string", incident_id)
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

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_todo_attributes = cls(
            assignees,
            content,
            completed,
            created,
            due_date,
            incident_id,
            modified,
        )
        if len(d) + _absent > 7:  # keys other than the fields above
            incident_todo_attributes.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
