from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_todo_type import IncidentTodoType, check_incident_todo_type

if TYPE_CHECKING:
    from ..models.incident_todo_attributes import IncidentTodoAttributes


T = TypeVar("T", bound="IncidentTodoCreateData")


@_attrs_define
class IncidentTodoCreateData:
    """Incident todo data for a create request."""

    attributes: IncidentTodoAttributes
    """ Incident todo's attributes. """
    type_: IncidentTodoType
    """ Todo resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_todo_attributes import IncidentTodoAttributes  # noqa: PLC0415

        d = dict(src_dict)
        attributes = IncidentTodoAttributes.from_dict(d.pop("attributes"))

        type_ = check_incident_todo_type(d.pop("type"))

        incident_todo_create_data = cls(
            attributes=attributes,
            type_=type_,
        )

        incident_todo_create_data.additional_properties = d
        return incident_todo_create_data

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
