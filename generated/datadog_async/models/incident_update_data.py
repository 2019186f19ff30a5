from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_type import IncidentType, check_incident_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_update_attributes import IncidentUpdateAttributes
    from ..models.incident_update_relationships import IncidentUpdateRelationships


T = TypeVar("T", bound="IncidentUpdateData")


@_attrs_define
class IncidentUpdateData:
    """Incident data for an update request."""

    id: str
    """ The incident's ID. """
    type_: IncidentType
    """ Incident resource type. """
    attributes: IncidentUpdateAttributes | Unset = UNSET
    """ The incident's attributes for an update request. """
    relationships: IncidentUpdateRelationships | Unset = UNSET
    """ The incident's relationships for an update request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_update_attributes import IncidentUpdateAttributes  # noqa: PLC0415
        from ..models.incident_update_relationships import IncidentUpdateRelationships  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_incident_type(d.pop("type"))

        _attributes = d.pop("attributes", UNSET)
        attributes: IncidentUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = IncidentUpdateAttributes.from_dict(_attributes)

        _relationships = d.pop("relationships", UNSET)
        relationships: IncidentUpdateRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = IncidentUpdateRelationships.from_dict(_relationships)

        incident_update_data = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        incident_update_data.additional_properties = d
        return incident_update_data

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
