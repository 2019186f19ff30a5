from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentUpdateRelationships")


@_attrs_define
class IncidentUpdateRelationships:
    """The incident's relationships for an update request."""

    commander_user: IncidentNullableRelationshipToUser | None | Unset = UNSET
    """ The incident commander. Leave it out to keep the current commander; send `{"data": null}` to remove the
    commander. """
    integrations: IncidentRelationshipToIntegrations | Unset = UNSET
    """ A relationship reference for multiple integration metadata objects. """
    postmortem: IncidentRelationshipToPostmortem | Unset = UNSET
    """ A relationship reference for postmortems. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.commander_user, Unset):
            field_dict["commander_user"] = None if self.commander_user is None else self.commander_user.to_dict()
        if not isinstance(self.integrations, Unset):
            field_dict["integrations"] = self.integrations.to_dict()
        if not isinstance(self.postmortem, Unset):
            field_dict["postmortem"] = self.postmortem.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        commander_user = d.get("commander_user", UNSET)
        if commander_user is UNSET:
            _absent += 1
        elif commander_user is not None:
            try:
                commander_user = IncidentNullableRelationshipToUser.from_dict(commander_user)
            except ModelValidationError as _e:
                _e.path.insert(0, "commander_user")
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
        postmortem = d.get("postmortem", UNSET)
        if postmortem is UNSET:
            _absent += 1
        else:
            try:
                postmortem = IncidentRelationshipToPostmortem.from_dict(postmortem)
            except ModelValidationError as _e:
                _e.path.insert(0, "postmortem")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_update_relationships = cls(
            commander_user,
            integrations,
            postmortem,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            incident_update_relationships.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "commander_user",
        "integrations",
        "postmortem",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser  # noqa: E402
from ..models.incident_relationship_to_integrations import IncidentRelationshipToIntegrations  # noqa: E402
from ..models.incident_relationship_to_postmortem import IncidentRelationshipToPostmortem  # noqa: E402
