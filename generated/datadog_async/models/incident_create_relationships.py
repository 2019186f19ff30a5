from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser


T = TypeVar("T", bound="IncidentCreateRelationships")


@_attrs_define
class IncidentCreateRelationships:
    """The relationships the incident will have with other resources once created."""

    commander_user: IncidentNullableRelationshipToUser | None
    """ Relationship to user (the incident commander). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser  # noqa: PLC0415

        commander_user: dict[str, Any] | None
        if isinstance(self.commander_user, IncidentNullableRelationshipToUser):
            commander_user = self.commander_user.to_dict()
        else:
            commander_user = self.commander_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commander_user": commander_user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_commander_user(data: object) -> IncidentNullableRelationshipToUser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                commander_user_type_0 = IncidentNullableRelationshipToUser.from_dict(data)

                return commander_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentNullableRelationshipToUser | None, data)

        commander_user = _parse_commander_user(d.pop("commander_user"))

        incident_create_relationships = cls(
            commander_user=commander_user,
        )

        incident_create_relationships.additional_properties = d
        return incident_create_relationships

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
