from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentResponseRelationships")


@_attrs_define
class IncidentResponseRelationships:
    """The incident's relationships from a response."""

    attachments: IncidentRelationshipToAttachments | Unset = UNSET
    """ A relationship reference for attachments. """
    commander_user: IncidentNullableRelationshipToUser | None | Unset = UNSET
    """ Relationship to user. """
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.attachments, Unset):
            field_dict["attachments"] = self.attachments.to_dict()
        if not isinstance(self.commander_user, Unset):
            field_dict["commander_user"] = None if self.commander_user is None else self.commander_user.to_dict()
        if not isinstance(self.created_by_user, Unset):
            field_dict["created_by_user"] = self.created_by_user.to_dict()
        if not isinstance(self.impacts, Unset):
            field_dict["impacts"] = self.impacts.to_dict()
        if not isinstance(self.integrations, Unset):
            field_dict["integrations"] = self.integrations.to_dict()
        if not isinstance(self.last_modified_by_user, Unset):
            field_dict["last_modified_by_user"] = self.last_modified_by_user.to_dict()
        if not isinstance(self.responders, Unset):
            field_dict["responders"] = self.responders.to_dict()
        if not isinstance(self.user_defined_fields, Unset):
            field_dict["user_defined_fields"] = self.user_defined_fields.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        attachments = d.get("attachments", UNSET)
        if attachments is UNSET:
            _absent += 1
        else:
            try:
                attachments = IncidentRelationshipToAttachments.from_dict(attachments)
            except ModelValidationError as _e:
                _e.path.insert(0, "attachments")
                raise
        commander_user = d.get("commander_user", UNSET)
        if commander_user is UNSET:
            _absent += 1
        elif commander_user is not None:
            try:
                commander_user = IncidentNullableRelationshipToUser.from_dict(commander_user)
            except ModelValidationError as _e:
                _e.path.insert(0, "commander_user")
                raise
        created_by_user = d.get("created_by_user", UNSET)
        if created_by_user is UNSET:
            _absent += 1
        else:
            try:
                created_by_user = IncidentRelationshipToUser.from_dict(created_by_user)
            except ModelValidationError as _e:
                _e.path.insert(0, "created_by_user")
                raise
        impacts = d.get("impacts", UNSET)
        if impacts is UNSET:
            _absent += 1
        else:
            try:
                impacts = IncidentRelationshipToImpacts.from_dict(impacts)
            except ModelValidationError as _e:
                _e.path.insert(0, "impacts")
                raise
        integrations = d.get("integrations", UNSET)
        if integrations is UNSET:
            _absent += 1
        else:
            try:
                integrations = IncidentRelationshipToIntegrations.from_dict(integrations)
            except ModelValidationError as _e:
                _e.path.insert(0, "integrations")
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
        responders = d.get("responders", UNSET)
        if responders is UNSET:
            _absent += 1
        else:
            try:
                responders = IncidentRelationshipToResponders.from_dict(responders)
            except ModelValidationError as _e:
                _e.path.insert(0, "responders")
                raise
        user_defined_fields = d.get("user_defined_fields", UNSET)
        if user_defined_fields is UNSET:
            _absent += 1
        else:
            try:
                user_defined_fields = IncidentRelationshipToUserDefinedFields.from_dict(user_defined_fields)
            except ModelValidationError as _e:
                _e.path.insert(0, "user_defined_fields")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_response_relationships = cls(
            attachments,
            commander_user,
            created_by_user,
            impacts,
            integrations,
            last_modified_by_user,
            responders,
            user_defined_fields,
        )
        if len(d) + _absent > 8:  # keys other than the fields above
            incident_response_relationships.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "attachments",
        "commander_user",
        "created_by_user",
        "impacts",
        "integrations",
        "last_modified_by_user",
        "responders",
        "user_defined_fields",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser  # noqa: E402
from ..models.incident_relationship_to_attachments import IncidentRelationshipToAttachments  # noqa: E402
from ..models.incident_relationship_to_impacts import IncidentRelationshipToImpacts  # noqa: E402
from ..models.incident_relationship_to_integrations import IncidentRelationshipToIntegrations  # noqa: E402
from ..models.incident_relationship_to_responders import IncidentRelationshipToResponders  # noqa: E402
from ..models.incident_relationship_to_user import IncidentRelationshipToUser  # noqa: E402
from ..models.incident_relationship_to_user_defined_fields import IncidentRelationshipToUserDefinedFields  # noqa: E402
