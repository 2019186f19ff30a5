from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_users_type import IncidentUsersType
from ..types import UNSET, ModelValidationError, Unset, _as_object

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
    type_: IncidentUsersType | str | Unset = UNSET
    """ Users resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.attributes, Unset):
            field_dict["attributes"] = self.attributes.to_dict()
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.relationships, Unset):
            field_dict["relationships"] = self.relationships.to_dict()
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        attributes = d.get("attributes", UNSET)
        if attributes is UNSET:
            _absent += 1
        else:
            try:
                attributes = IncidentUserAttributes.from_dict(attributes)
            except ModelValidationError as _e:
                _e.path.insert(0, "attributes")
                raise
        id = d.get("id", UNSET)
        if not isinstance(id, str):
            if id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("id", "a string", id)
        relationships = d.get("relationships", UNSET)
        if relationships is UNSET:
            _absent += 1
        else:
            try:
                relationships = IncidentUserRelationships.from_dict(relationships)
            except ModelValidationError as _e:
                _e.path.insert(0, "relationships")
                raise
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("type", "a string", type_)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_user_data = cls(
            attributes,
            id,
            relationships,
            type_,
        )
        if len(d) + _absent > 4:  # keys other than the fields above
            incident_user_data.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "attributes",
        "id",
        "relationships",
        "type",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_user_attributes import IncidentUserAttributes  # noqa: E402
from ..models.incident_user_relationships import IncidentUserRelationships  # noqa: E402
