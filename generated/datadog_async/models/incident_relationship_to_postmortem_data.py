from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_relationship_to_postmortem_data_type import (
    IncidentRelationshipToPostmortemDataType,
    check_incident_relationship_to_postmortem_data_type,
)

T = TypeVar("T", bound="IncidentRelationshipToPostmortemData")


@_attrs_define
class IncidentRelationshipToPostmortemData:
    """The postmortem relationship data."""

    id: str
    """ A unique identifier that represents the postmortem. """
    type_: IncidentRelationshipToPostmortemDataType = "incident_postmortems"
    """ Incident postmortem resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_incident_relationship_to_postmortem_data_type(d.pop("type"))

        incident_relationship_to_postmortem_data = cls(
            id=id,
            type_=type_,
        )

        incident_relationship_to_postmortem_data.additional_properties = d
        return incident_relationship_to_postmortem_data

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
