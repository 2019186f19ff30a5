from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_type import IncidentType, check_incident_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_create_attributes import IncidentCreateAttributes
    from ..models.incident_create_relationships import IncidentCreateRelationships


T = TypeVar("T", bound="IncidentCreateData")


@_attrs_define
class IncidentCreateData:
    """Incident data for a create request."""

    attributes: IncidentCreateAttributes
    """ The incident's attributes for a create request. """
    type_: IncidentType
    """ Incident resource type. """
    relationships: IncidentCreateRelationships | Unset = UNSET
    """ The relationships the incident will have with other resources once created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes.to_dict()

        type_: str = self.type_

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "type": type_,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_create_attributes import IncidentCreateAttributes  # noqa: PLC0415
        from ..models.incident_create_relationships import IncidentCreateRelationships  # noqa: PLC0415

        d = dict(src_dict)
        attributes = IncidentCreateAttributes.from_dict(d.pop("attributes"))

        type_ = check_incident_type(d.pop("type"))

        _relationships = d.pop("relationships", UNSET)
        relationships: IncidentCreateRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = IncidentCreateRelationships.from_dict(_relationships)

        incident_create_data = cls(
            attributes=attributes,
            type_=type_,
            relationships=relationships,
        )

        incident_create_data.additional_properties = d
        return incident_create_data

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
