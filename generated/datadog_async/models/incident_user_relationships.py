from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _lift,
    _rejected,
)

T = TypeVar("T", bound="IncidentUserRelationships")


@_attrs_define(init=False)
class IncidentUserRelationships(DatadogModel):
    """Relationships of the user object returned by the API."""

    org: IncidentUserRelationshipToOrganization | None
    """ Relationship to an organization. """
    other_orgs: IncidentUserRelationshipToOrganizations | None
    """ Relationship to organizations. """
    other_users: IncidentUserRelationshipToUsers | None
    """ Relationship to users. """
    roles: IncidentUserRelationshipToRoles | None
    """ Relationship to roles. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        org: IncidentUserRelationshipToOrganization | None | Unset = UNSET,
        other_orgs: IncidentUserRelationshipToOrganizations | None | Unset = UNSET,
        other_users: IncidentUserRelationshipToUsers | None | Unset = UNSET,
        roles: IncidentUserRelationshipToRoles | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(org) is Unset:
            _absent |= 1
            self.org = None
        else:
            self.org = org
        if type(other_orgs) is Unset:
            _absent |= 2
            self.other_orgs = None
        else:
            self.other_orgs = other_orgs
        if type(other_users) is Unset:
            _absent |= 4
            self.other_users = None
        else:
            self.other_users = other_users
        if type(roles) is Unset:
            _absent |= 8
            self.roles = None
        else:
            self.roles = roles
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.org is not None:
            field_dict["org"] = self.org.to_dict()
        elif not self._absent & 1:
            field_dict["org"] = None
        if self.other_orgs is not None:
            field_dict["other_orgs"] = self.other_orgs.to_dict()
        elif not self._absent & 2:
            field_dict["other_orgs"] = None
        if self.other_users is not None:
            field_dict["other_users"] = self.other_users.to_dict()
        elif not self._absent & 4:
            field_dict["other_users"] = None
        if self.roles is not None:
            field_dict["roles"] = self.roles.to_dict()
        elif not self._absent & 8:
            field_dict["roles"] = None
        if self._raw:  # values of the wrong type, kept as they came (their fields read None)
            for _key, _value in self._raw.items():
                if field_dict.get(_key) is None:
                    field_dict[_key] = _value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _devs: list[Deviation] | None = None
        _raw: dict[str, Any] | None = None
        _absent = 0  # bit i: optional field i is not in the object
        org = d.get("org", UNSET)
        if org is UNSET:
            _absent |= 1
            org = None
        elif org is not None:
            _src = org
            try:
                org = IncidentUserRelationshipToOrganization.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "org")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "org", _src, _e)
                org = None
            else:
                if org._deviations:
                    _devs = _lift(_devs, ("org",), org._deviations)
        other_orgs = d.get("other_orgs", UNSET)
        if other_orgs is UNSET:
            _absent |= 2
            other_orgs = None
        elif other_orgs is not None:
            _src = other_orgs
            try:
                other_orgs = IncidentUserRelationshipToOrganizations.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "other_orgs")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "other_orgs", _src, _e)
                other_orgs = None
            else:
                if other_orgs._deviations:
                    _devs = _lift(_devs, ("other_orgs",), other_orgs._deviations)
        other_users = d.get("other_users", UNSET)
        if other_users is UNSET:
            _absent |= 4
            other_users = None
        elif other_users is not None:
            _src = other_users
            try:
                other_users = IncidentUserRelationshipToUsers.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "other_users")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "other_users", _src, _e)
                other_users = None
            else:
                if other_users._deviations:
                    _devs = _lift(_devs, ("other_users",), other_users._deviations)
        roles = d.get("roles", UNSET)
        if roles is UNSET:
            _absent |= 8
            roles = None
        elif roles is not None:
            _src = roles
            try:
                roles = IncidentUserRelationshipToRoles.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "roles")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "roles", _src, _e)
                roles = None
            else:
                if roles._deviations:
                    _devs = _lift(_devs, ("roles",), roles._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_user_relationships = object.__new__(cls)
        incident_user_relationships.org = org
        incident_user_relationships.other_orgs = other_orgs
        incident_user_relationships.other_users = other_users
        incident_user_relationships.roles = roles
        incident_user_relationships._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            incident_user_relationships._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_user_relationships._extra)
        else:
            incident_user_relationships._extra = None
        incident_user_relationships._raw = _raw
        incident_user_relationships._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentUserRelationships)


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
