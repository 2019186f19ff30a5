from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_relationship_to_user import IncidentRelationshipToUser


T = TypeVar("T", bound="IncidentIntegrationMetadataRelationships")


@_attrs_define
class IncidentIntegrationMetadataRelationships:
    """The incident's integration relationships from a response."""

    created_by_user: IncidentRelationshipToUser | Unset = UNSET
    """ Relationship to user. """
    last_modified_by_user: IncidentRelationshipToUser | Unset = UNSET
    """ Relationship to user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_by_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by_user, Unset):
            created_by_user = self.created_by_user.to_dict()

        last_modified_by_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_modified_by_user, Unset):
            last_modified_by_user = self.last_modified_by_user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_by_user is not UNSET:
            field_dict["created_by_user"] = created_by_user
        if last_modified_by_user is not UNSET:
            field_dict["last_modified_by_user"] = last_modified_by_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_relationship_to_user import IncidentRelationshipToUser  # noqa: PLC0415

        d = dict(src_dict)
        _created_by_user = d.pop("created_by_user", UNSET)
        created_by_user: IncidentRelationshipToUser | Unset
        if isinstance(_created_by_user, Unset):
            created_by_user = UNSET
        else:
            created_by_user = IncidentRelationshipToUser.from_dict(_created_by_user)

        _last_modified_by_user = d.pop("last_modified_by_user", UNSET)
        last_modified_by_user: IncidentRelationshipToUser | Unset
        if isinstance(_last_modified_by_user, Unset):
            last_modified_by_user = UNSET
        else:
            last_modified_by_user = IncidentRelationshipToUser.from_dict(_last_modified_by_user)

        incident_integration_metadata_relationships = cls(
            created_by_user=created_by_user,
            last_modified_by_user=last_modified_by_user,
        )

        incident_integration_metadata_relationships.additional_properties = d
        return incident_integration_metadata_relationships

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
