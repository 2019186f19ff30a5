from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser
    from ..models.incident_relationship_to_integrations import IncidentRelationshipToIntegrations
    from ..models.incident_relationship_to_postmortem import IncidentRelationshipToPostmortem


T = TypeVar("T", bound="IncidentUpdateRelationships")


@_attrs_define
class IncidentUpdateRelationships:
    """The incident's relationships for an update request."""

    commander_user: IncidentNullableRelationshipToUser | None | Unset = UNSET
    """ Relationship to user (the incident commander). Omit it to leave the commander unchanged; send `{"data":
    null}` to remove the commander. """
    integrations: IncidentRelationshipToIntegrations | Unset = UNSET
    """ A relationship reference for multiple integration metadata objects. """
    postmortem: IncidentRelationshipToPostmortem | Unset = UNSET
    """ A relationship reference for postmortems. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser  # noqa: PLC0415

        commander_user: dict[str, Any] | None | Unset
        if isinstance(self.commander_user, Unset):
            commander_user = UNSET
        elif isinstance(self.commander_user, IncidentNullableRelationshipToUser):
            commander_user = self.commander_user.to_dict()
        else:
            commander_user = self.commander_user

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        postmortem: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postmortem, Unset):
            postmortem = self.postmortem.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commander_user is not UNSET:
            field_dict["commander_user"] = commander_user
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if postmortem is not UNSET:
            field_dict["postmortem"] = postmortem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser  # noqa: PLC0415
        from ..models.incident_relationship_to_integrations import IncidentRelationshipToIntegrations  # noqa: PLC0415
        from ..models.incident_relationship_to_postmortem import IncidentRelationshipToPostmortem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_commander_user(data: object) -> IncidentNullableRelationshipToUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                commander_user_type_0 = IncidentNullableRelationshipToUser.from_dict(data)

                return commander_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentNullableRelationshipToUser | None | Unset, data)

        commander_user = _parse_commander_user(d.pop("commander_user", UNSET))

        _integrations = d.pop("integrations", UNSET)
        integrations: IncidentRelationshipToIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = IncidentRelationshipToIntegrations.from_dict(_integrations)

        _postmortem = d.pop("postmortem", UNSET)
        postmortem: IncidentRelationshipToPostmortem | Unset
        if isinstance(_postmortem, Unset):
            postmortem = UNSET
        else:
            postmortem = IncidentRelationshipToPostmortem.from_dict(_postmortem)

        incident_update_relationships = cls(
            commander_user=commander_user,
            integrations=integrations,
            postmortem=postmortem,
        )

        incident_update_relationships.additional_properties = d
        return incident_update_relationships

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
