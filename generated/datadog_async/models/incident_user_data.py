from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_users_type import IncidentUsersType, check_incident_users_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_user_attributes import IncidentUserAttributes
    from ..models.incident_user_relationships import IncidentUserRelationships


T = TypeVar("T", bound="IncidentUserData")


@_attrs_define
class IncidentUserData:
    """User object returned by the API."""

    attributes: IncidentUserAttributes | Unset = UNSET
    """ Attributes of user object returned by the API. """
    id: str | Unset = UNSET
    """ ID of the user. """
    relationships: IncidentUserRelationships | Unset = UNSET
    """ Relationships of the user object returned by the API. """
    type_: IncidentUsersType | Unset = UNSET
    """ Users resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        id = self.id

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_user_attributes import IncidentUserAttributes  # noqa: PLC0415
        from ..models.incident_user_relationships import IncidentUserRelationships  # noqa: PLC0415

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: IncidentUserAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = IncidentUserAttributes.from_dict(_attributes)

        id = d.pop("id", UNSET)

        _relationships = d.pop("relationships", UNSET)
        relationships: IncidentUserRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = IncidentUserRelationships.from_dict(_relationships)

        _type_ = d.pop("type", UNSET)
        type_: IncidentUsersType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_incident_users_type(_type_)

        incident_user_data = cls(
            attributes=attributes,
            id=id,
            relationships=relationships,
            type_=type_,
        )

        incident_user_data.additional_properties = d
        return incident_user_data

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
