from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.created_by_user, Unset):
            field_dict["created_by_user"] = self.created_by_user.to_dict()
        if not isinstance(self.last_modified_by_user, Unset):
            field_dict["last_modified_by_user"] = self.last_modified_by_user.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        created_by_user = d.get("created_by_user", UNSET)
        if created_by_user is UNSET:
            _absent += 1
        else:
            try:
                created_by_user = IncidentRelationshipToUser.from_dict(created_by_user)
            except ModelValidationError as _e:
                _e.path.insert(0, "created_by_user")
                raise
        last_modified_by_user = d.get("last_modified_by_user", UNSET)
        if last_modified_by_user is UNSET:
            _absent += 1
        else:
            try:
                last_modified_by_user = IncidentRelationshipToUser.from_dict(last_modified_by_user)
            except ModelValidationError as _e:
                _e.path.insert(0, "last_modified_by_user")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_integration_metadata_relationships = cls(
            created_by_user,
            last_modified_by_user,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            incident_integration_metadata_relationships.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "created_by_user",
        "last_modified_by_user",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_relationship_to_user import IncidentRelationshipToUser  # noqa: E402
