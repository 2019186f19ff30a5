from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_user_relationship_to_organization import IncidentUserRelationshipToOrganization
    from ..models.incident_user_relationship_to_organizations import IncidentUserRelationshipToOrganizations
    from ..models.incident_user_relationship_to_roles import IncidentUserRelationshipToRoles
    from ..models.incident_user_relationship_to_users import IncidentUserRelationshipToUsers


T = TypeVar("T", bound="IncidentUserRelationships")


@_attrs_define
class IncidentUserRelationships:
    """Relationships of the user object returned by the API."""

    org: IncidentUserRelationshipToOrganization | Unset = UNSET
    """ Relationship to an organization. """
    other_orgs: IncidentUserRelationshipToOrganizations | Unset = UNSET
    """ Relationship to organizations. """
    other_users: IncidentUserRelationshipToUsers | Unset = UNSET
    """ Relationship to users. """
    roles: IncidentUserRelationshipToRoles | Unset = UNSET
    """ Relationship to roles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.org, Unset):
            org = self.org.to_dict()

        other_orgs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_orgs, Unset):
            other_orgs = self.other_orgs.to_dict()

        other_users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_users, Unset):
            other_users = self.other_users.to_dict()

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org is not UNSET:
            field_dict["org"] = org
        if other_orgs is not UNSET:
            field_dict["other_orgs"] = other_orgs
        if other_users is not UNSET:
            field_dict["other_users"] = other_users
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_user_relationship_to_organization import IncidentUserRelationshipToOrganization  # noqa: PLC0415
        from ..models.incident_user_relationship_to_organizations import IncidentUserRelationshipToOrganizations  # noqa: PLC0415
        from ..models.incident_user_relationship_to_roles import IncidentUserRelationshipToRoles  # noqa: PLC0415
        from ..models.incident_user_relationship_to_users import IncidentUserRelationshipToUsers  # noqa: PLC0415

        d = dict(src_dict)
        _org = d.pop("org", UNSET)
        org: IncidentUserRelationshipToOrganization | Unset
        if isinstance(_org, Unset):
            org = UNSET
        else:
            org = IncidentUserRelationshipToOrganization.from_dict(_org)

        _other_orgs = d.pop("other_orgs", UNSET)
        other_orgs: IncidentUserRelationshipToOrganizations | Unset
        if isinstance(_other_orgs, Unset):
            other_orgs = UNSET
        else:
            other_orgs = IncidentUserRelationshipToOrganizations.from_dict(_other_orgs)

        _other_users = d.pop("other_users", UNSET)
        other_users: IncidentUserRelationshipToUsers | Unset
        if isinstance(_other_users, Unset):
            other_users = UNSET
        else:
            other_users = IncidentUserRelationshipToUsers.from_dict(_other_users)

        _roles = d.pop("roles", UNSET)
        roles: IncidentUserRelationshipToRoles | Unset
        if isinstance(_roles, Unset):
            roles = UNSET
        else:
            roles = IncidentUserRelationshipToRoles.from_dict(_roles)

        incident_user_relationships = cls(
            org=org,
            other_orgs=other_orgs,
            other_users=other_users,
            roles=roles,
        )

        incident_user_relationships.additional_properties = d
        return incident_user_relationships

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
