from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.incident_nullable_relationship_to_user_data import IncidentNullableRelationshipToUserData


T = TypeVar("T", bound="IncidentNullableRelationshipToUser")


@_attrs_define
class IncidentNullableRelationshipToUser:
    """Relationship to user, whose `data` is null when the relationship is empty (sent as `{"data": null}` to remove the
    commander of an incident).

    """

    data: IncidentNullableRelationshipToUserData | None
    """ Relationship to user object, or null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_nullable_relationship_to_user_data import IncidentNullableRelationshipToUserData  # noqa: PLC0415

        data: dict[str, Any] | None
        if isinstance(self.data, IncidentNullableRelationshipToUserData):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_nullable_relationship_to_user_data import IncidentNullableRelationshipToUserData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> IncidentNullableRelationshipToUserData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = IncidentNullableRelationshipToUserData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentNullableRelationshipToUserData | None, data)

        data = _parse_data(d.pop("data"))

        incident_nullable_relationship_to_user = cls(
            data=data,
        )

        incident_nullable_relationship_to_user.additional_properties = d
        return incident_nullable_relationship_to_user

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
