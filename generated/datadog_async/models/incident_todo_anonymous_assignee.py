from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_todo_anonymous_assignee_source import (
    IncidentTodoAnonymousAssigneeSource,
    check_incident_todo_anonymous_assignee_source,
)

T = TypeVar("T", bound="IncidentTodoAnonymousAssignee")


@_attrs_define
class IncidentTodoAnonymousAssignee:
    """Anonymous assignee entity."""

    icon: str
    """ URL for assignee's icon. """
    id: str
    """ Anonymous assignee's ID. """
    name: str
    """ Assignee's name. """
    source: IncidentTodoAnonymousAssigneeSource
    """ The source of the anonymous assignee. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        icon = self.icon

        id = self.id

        name = self.name

        source: str = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "icon": icon,
                "id": id,
                "name": name,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        icon = d.pop("icon")

        id = d.pop("id")

        name = d.pop("name")

        source = check_incident_todo_anonymous_assignee_source(d.pop("source"))

        incident_todo_anonymous_assignee = cls(
            icon=icon,
            id=id,
            name=name,
            source=source,
        )

        incident_todo_anonymous_assignee.additional_properties = d
        return incident_todo_anonymous_assignee

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
