from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_todo_anonymous_assignee import IncidentTodoAnonymousAssignee


T = TypeVar("T", bound="IncidentTodoAttributes")


@_attrs_define
class IncidentTodoAttributes:
    """Incident todo's attributes."""

    assignees: list[IncidentTodoAnonymousAssignee | str]
    """ Array of todo assignees. """
    content: str
    """ The follow-up task's content. """
    completed: None | str | Unset = UNSET
    """ Timestamp when the todo was completed. """
    created: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident todo was created. """
    due_date: None | str | Unset = UNSET
    """ Timestamp when the todo should be completed by. """
    incident_id: str | Unset = UNSET
    """ UUID of the incident this todo is connected to. """
    modified: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident todo was last modified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_todo_anonymous_assignee import IncidentTodoAnonymousAssignee  # noqa: PLC0415

        assignees = []
        for assignees_item_data in self.assignees:
            assignees_item: dict[str, Any] | str
            if isinstance(assignees_item_data, IncidentTodoAnonymousAssignee):
                assignees_item = assignees_item_data.to_dict()
            else:
                assignees_item = assignees_item_data
            assignees.append(assignees_item)

        content = self.content

        completed: None | str | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        incident_id = self.incident_id

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignees": assignees,
                "content": content,
            }
        )
        if completed is not UNSET:
            field_dict["completed"] = completed
        if created is not UNSET:
            field_dict["created"] = created
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if incident_id is not UNSET:
            field_dict["incident_id"] = incident_id
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_todo_anonymous_assignee import IncidentTodoAnonymousAssignee  # noqa: PLC0415

        d = dict(src_dict)
        assignees = []
        _assignees = d.pop("assignees")
        for assignees_item_data in _assignees:

            def _parse_assignees_item(data: object) -> IncidentTodoAnonymousAssignee | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_incident_todo_assignee_type_1 = IncidentTodoAnonymousAssignee.from_dict(data)

                    return componentsschemas_incident_todo_assignee_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IncidentTodoAnonymousAssignee | str, data)

            assignees_item = _parse_assignees_item(assignees_item_data)

            assignees.append(assignees_item)

        content = d.pop("content")

        def _parse_completed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed = _parse_completed(d.pop("completed", UNSET))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        def _parse_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        incident_id = d.pop("incident_id", UNSET)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        incident_todo_attributes = cls(
            assignees=assignees,
            content=content,
            completed=completed,
            created=created,
            due_date=due_date,
            incident_id=incident_id,
            modified=modified,
        )

        incident_todo_attributes.additional_properties = d
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
