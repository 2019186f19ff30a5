from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.org, Unset):
            field_dict["org"] = self.org.to_dict()
        if not isinstance(self.other_orgs, Unset):
            field_dict["other_orgs"] = self.other_orgs.to_dict()
        if not isinstance(self.other_users, Unset):
            field_dict["other_users"] = self.other_users.to_dict()
        if not isinstance(self.roles, Unset):
            field_dict["roles"] = self.roles.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        org = d.get("org", UNSET)
        if org is UNSET:
            _absent += 1
        else:
            try:
                org = IncidentUserRelationshipToOrganization.from_dict(org)
            except ModelValidationError as _e:
                _e.path.insert(0, "org")
                raise
        other_orgs = d.get("other_orgs", UNSET)
        if other_orgs is UNSET:
            _absent += 1
        else:
            try:
                other_orgs = IncidentUserRelationshipToOrganizations.from_dict(other_orgs)
            except ModelValidationError as _e:
                _e.path.insert(0, "other_orgs")
                raise
        other_users = d.get("other_users", UNSET)
        if other_users is UNSET:
            _absent += 1
        else:
            try:
                other_users = IncidentUserRelationshipToUsers.from_dict(other_users)
            except ModelValidationError as _e:
                _e.path.insert(0, "other_users")
                raise
        roles = d.get("roles", UNSET)
        if roles is UNSET:
            _absent += 1
        else:
            try:
                roles = IncidentUserRelationshipToRoles.from_dict(roles)
            except ModelValidationError as _e:
                _e.path.insert(0, "roles")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_user_relationships = cls(
            org,
            other_orgs,
            other_users,
            roles,
        )
        if len(d) + _absent > 4:  # keys other than the fields above
            incident_user_relationships.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "org",
        "other_orgs",
        "other_users",
        "roles",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_user_relationship_to_organization import IncidentUserRelationshipToOrganization  # noqa: E402
from ..models.incident_user_relationship_to_organizations import IncidentUserRelationshipToOrganizations  # noqa: E402
from ..models.incident_user_relationship_to_roles import IncidentUserRelationshipToRoles  # noqa: E402
from ..models.incident_user_relationship_to_users import IncidentUserRelationshipToUsers  # noqa: E402
