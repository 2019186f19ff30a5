from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser
    from ..models.incident_relationship_to_attachments import IncidentRelationshipToAttachments
    from ..models.incident_relationship_to_impacts import IncidentRelationshipToImpacts
    from ..models.incident_relationship_to_integrations import IncidentRelationshipToIntegrations
    from ..models.incident_relationship_to_responders import IncidentRelationshipToResponders
    from ..models.incident_relationship_to_user import IncidentRelationshipToUser
    from ..models.incident_relationship_to_user_defined_fields import IncidentRelationshipToUserDefinedFields


T = TypeVar("T", bound="IncidentResponseRelationships")


@_attrs_define
class IncidentResponseRelationships:
    """The incident's relationships from a response."""

    attachments: IncidentRelationshipToAttachments | Unset = UNSET
    """ A relationship reference for attachments. """
    commander_user: IncidentNullableRelationshipToUser | None | Unset = UNSET
    """ Relationship to user (the incident commander). """
    created_by_user: IncidentRelationshipToUser | Unset = UNSET
    """ Relationship to user. """
    impacts: IncidentRelationshipToImpacts | Unset = UNSET
    """ Relationship to impacts. """
    integrations: IncidentRelationshipToIntegrations | Unset = UNSET
    """ A relationship reference for multiple integration metadata objects. """
    last_modified_by_user: IncidentRelationshipToUser | Unset = UNSET
    """ Relationship to user. """
    responders: IncidentRelationshipToResponders | Unset = UNSET
    """ Relationship to incident responders. """
    user_defined_fields: IncidentRelationshipToUserDefinedFields | Unset = UNSET
    """ Relationship to incident user defined fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser  # noqa: PLC0415

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        commander_user: dict[str, Any] | None | Unset
        if isinstance(self.commander_user, Unset):
            commander_user = UNSET
        elif isinstance(self.commander_user, IncidentNullableRelationshipToUser):
            commander_user = self.commander_user.to_dict()
        else:
            commander_user = self.commander_user

        created_by_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by_user, Unset):
            created_by_user = self.created_by_user.to_dict()

        impacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.impacts, Unset):
            impacts = self.impacts.to_dict()

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        last_modified_by_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_modified_by_user, Unset):
            last_modified_by_user = self.last_modified_by_user.to_dict()

        responders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.responders, Unset):
            responders = self.responders.to_dict()

        user_defined_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_defined_fields, Unset):
            user_defined_fields = self.user_defined_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if commander_user is not UNSET:
            field_dict["commander_user"] = commander_user
        if created_by_user is not UNSET:
            field_dict["created_by_user"] = created_by_user
        if impacts is not UNSET:
            field_dict["impacts"] = impacts
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if last_modified_by_user is not UNSET:
            field_dict["last_modified_by_user"] = last_modified_by_user
        if responders is not UNSET:
            field_dict["responders"] = responders
        if user_defined_fields is not UNSET:
            field_dict["user_defined_fields"] = user_defined_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser  # noqa: PLC0415
        from ..models.incident_relationship_to_attachments import IncidentRelationshipToAttachments  # noqa: PLC0415
        from ..models.incident_relationship_to_impacts import IncidentRelationshipToImpacts  # noqa: PLC0415
        from ..models.incident_relationship_to_integrations import IncidentRelationshipToIntegrations  # noqa: PLC0415
        from ..models.incident_relationship_to_responders import IncidentRelationshipToResponders  # noqa: PLC0415
        from ..models.incident_relationship_to_user import IncidentRelationshipToUser  # noqa: PLC0415
        from ..models.incident_relationship_to_user_defined_fields import IncidentRelationshipToUserDefinedFields  # noqa: PLC0415

        d = dict(src_dict)
        _attachments = d.pop("attachments", UNSET)
        attachments: IncidentRelationshipToAttachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = IncidentRelationshipToAttachments.from_dict(_attachments)

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

        _created_by_user = d.pop("created_by_user", UNSET)
        created_by_user: IncidentRelationshipToUser | Unset
        if isinstance(_created_by_user, Unset):
            created_by_user = UNSET
        else:
            created_by_user = IncidentRelationshipToUser.from_dict(_created_by_user)

        _impacts = d.pop("impacts", UNSET)
        impacts: IncidentRelationshipToImpacts | Unset
        if isinstance(_impacts, Unset):
            impacts = UNSET
        else:
            impacts = IncidentRelationshipToImpacts.from_dict(_impacts)

        _integrations = d.pop("integrations", UNSET)
        integrations: IncidentRelationshipToIntegrations | Unset
        if isinstance(_integrations, Unset):
            integrations = UNSET
        else:
            integrations = IncidentRelationshipToIntegrations.from_dict(_integrations)

        _last_modified_by_user = d.pop("last_modified_by_user", UNSET)
        last_modified_by_user: IncidentRelationshipToUser | Unset
        if isinstance(_last_modified_by_user, Unset):
            last_modified_by_user = UNSET
        else:
            last_modified_by_user = IncidentRelationshipToUser.from_dict(_last_modified_by_user)

        _responders = d.pop("responders", UNSET)
        responders: IncidentRelationshipToResponders | Unset
        if isinstance(_responders, Unset):
            responders = UNSET
        else:
            responders = IncidentRelationshipToResponders.from_dict(_responders)

        _user_defined_fields = d.pop("user_defined_fields", UNSET)
        user_defined_fields: IncidentRelationshipToUserDefinedFields | Unset
        if isinstance(_user_defined_fields, Unset):
            user_defined_fields = UNSET
        else:
            user_defined_fields = IncidentRelationshipToUserDefinedFields.from_dict(_user_defined_fields)

        incident_response_relationships = cls(
            attachments=attachments,
            commander_user=commander_user,
            created_by_user=created_by_user,
            impacts=impacts,
            integrations=integrations,
            last_modified_by_user=last_modified_by_user,
            responders=responders,
            user_defined_fields=user_defined_fields,
        )

        incident_response_relationships.additional_properties = d
        return incident_response_relationships

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
