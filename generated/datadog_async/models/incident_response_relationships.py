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

T = TypeVar("T", bound="IncidentResponseRelationships")


@_attrs_define(init=False)
class IncidentResponseRelationships(DatadogModel):
    """The incident's relationships from a response."""

    attachments: IncidentRelationshipToAttachments | None
    """ A relationship reference for attachments. """
    commander_user: IncidentNullableRelationshipToUser | None
    """ Relationship to user. """
    created_by_user: IncidentRelationshipToUser | None
    """ Relationship to user. """
    impacts: IncidentRelationshipToImpacts | None
    """ Relationship to impacts. """
    integrations: IncidentRelationshipToIntegrations | None
    """ A relationship reference for multiple integration metadata objects. """
    last_modified_by_user: IncidentRelationshipToUser | None
    """ Relationship to user. """
    responders: IncidentRelationshipToResponders | None
    """ Relationship to incident responders. """
    user_defined_fields: IncidentRelationshipToUserDefinedFields | None
    """ Relationship to incident user defined fields. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        attachments: IncidentRelationshipToAttachments | None | Unset = UNSET,
        commander_user: IncidentNullableRelationshipToUser | None | Unset = UNSET,
        created_by_user: IncidentRelationshipToUser | None | Unset = UNSET,
        impacts: IncidentRelationshipToImpacts | None | Unset = UNSET,
        integrations: IncidentRelationshipToIntegrations | None | Unset = UNSET,
        last_modified_by_user: IncidentRelationshipToUser | None | Unset = UNSET,
        responders: IncidentRelationshipToResponders | None | Unset = UNSET,
        user_defined_fields: IncidentRelationshipToUserDefinedFields | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(attachments) is Unset:
            _absent |= 1
            self.attachments = None
        else:
            self.attachments = attachments
        if type(commander_user) is Unset:
            _absent |= 2
            self.commander_user = None
        else:
            self.commander_user = commander_user
        if type(created_by_user) is Unset:
            _absent |= 4
            self.created_by_user = None
        else:
            self.created_by_user = created_by_user
        if type(impacts) is Unset:
            _absent |= 8
            self.impacts = None
        else:
            self.impacts = impacts
        if type(integrations) is Unset:
            _absent |= 16
            self.integrations = None
        else:
            self.integrations = integrations
        if type(last_modified_by_user) is Unset:
            _absent |= 32
            self.last_modified_by_user = None
        else:
            self.last_modified_by_user = last_modified_by_user
        if type(responders) is Unset:
            _absent |= 64
            self.responders = None
        else:
            self.responders = responders
        if type(user_defined_fields) is Unset:
            _absent |= 128
            self.user_defined_fields = None
        else:
            self.user_defined_fields = user_defined_fields
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.attachments is not None:
            field_dict["attachments"] = self.attachments.to_dict()
        elif not self._absent & 1:
            field_dict["attachments"] = None
        if self.commander_user is not None:
            field_dict["commander_user"] = self.commander_user.to_dict()
        elif not self._absent & 2:
            field_dict["commander_user"] = None
        if self.created_by_user is not None:
            field_dict["created_by_user"] = self.created_by_user.to_dict()
        elif not self._absent & 4:
            field_dict["created_by_user"] = None
        if self.impacts is not None:
            field_dict["impacts"] = self.impacts.to_dict()
        elif not self._absent & 8:
            field_dict["impacts"] = None
        if self.integrations is not None:
            field_dict["integrations"] = self.integrations.to_dict()
        elif not self._absent & 16:
            field_dict["integrations"] = None
        if self.last_modified_by_user is not None:
            field_dict["last_modified_by_user"] = self.last_modified_by_user.to_dict()
        elif not self._absent & 32:
            field_dict["last_modified_by_user"] = None
        if self.responders is not None:
            field_dict["responders"] = self.responders.to_dict()
        elif not self._absent & 64:
            field_dict["responders"] = None
        if self.user_defined_fields is not None:
            field_dict["user_defined_fields"] = self.user_defined_fields.to_dict()
        elif not self._absent & 128:
            field_dict["user_defined_fields"] = None
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
        attachments = d.get("attachments", UNSET)
        if attachments is UNSET:
            _absent |= 1
            attachments = None
        elif attachments is not None:
            _src = attachments
            try:
                attachments = IncidentRelationshipToAttachments.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "attachments")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "attachments", _src, _e)
                attachments = None
            else:
                if attachments._deviations:
                    _devs = _lift(_devs, ("attachments",), attachments._deviations)
        commander_user = d.get("commander_user", UNSET)
        if commander_user is UNSET:
            _absent |= 2
            commander_user = None
        elif commander_user is not None:
            _src = commander_user
            try:
                commander_user = IncidentNullableRelationshipToUser.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "commander_user")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "commander_user", _src, _e)
                commander_user = None
            else:
                if commander_user._deviations:
                    _devs = _lift(_devs, ("commander_user",), commander_user._deviations)
        created_by_user = d.get("created_by_user", UNSET)
        if created_by_user is UNSET:
            _absent |= 4
            created_by_user = None
        elif created_by_user is not None:
            _src = created_by_user
            try:
                created_by_user = IncidentRelationshipToUser.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "created_by_user")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "created_by_user", _src, _e)
                created_by_user = None
            else:
                if created_by_user._deviations:
                    _devs = _lift(_devs, ("created_by_user",), created_by_user._deviations)
        impacts = d.get("impacts", UNSET)
        if impacts is UNSET:
            _absent |= 8
            impacts = None
        elif impacts is not None:
            _src = impacts
            try:
                impacts = IncidentRelationshipToImpacts.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "impacts")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "impacts", _src, _e)
                impacts = None
            else:
                if impacts._deviations:
                    _devs = _lift(_devs, ("impacts",), impacts._deviations)
        integrations = d.get("integrations", UNSET)
        if integrations is UNSET:
            _absent |= 16
            integrations = None
        elif integrations is not None:
            _src = integrations
            try:
                integrations = IncidentRelationshipToIntegrations.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "integrations")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "integrations", _src, _e)
                integrations = None
            else:
                if integrations._deviations:
                    _devs = _lift(_devs, ("integrations",), integrations._deviations)
        last_modified_by_user = d.get("last_modified_by_user", UNSET)
        if last_modified_by_user is UNSET:
            _absent |= 32
            last_modified_by_user = None
        elif last_modified_by_user is not None:
            _src = last_modified_by_user
            try:
                last_modified_by_user = IncidentRelationshipToUser.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "last_modified_by_user")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "last_modified_by_user", _src, _e)
                last_modified_by_user = None
            else:
                if last_modified_by_user._deviations:
                    _devs = _lift(_devs, ("last_modified_by_user",), last_modified_by_user._deviations)
        responders = d.get("responders", UNSET)
        if responders is UNSET:
            _absent |= 64
            responders = None
        elif responders is not None:
            _src = responders
            try:
                responders = IncidentRelationshipToResponders.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "responders")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "responders", _src, _e)
                responders = None
            else:
                if responders._deviations:
                    _devs = _lift(_devs, ("responders",), responders._deviations)
        user_defined_fields = d.get("user_defined_fields", UNSET)
        if user_defined_fields is UNSET:
            _absent |= 128
            user_defined_fields = None
        elif user_defined_fields is not None:
            _src = user_defined_fields
            try:
                user_defined_fields = IncidentRelationshipToUserDefinedFields.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "user_defined_fields")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "user_defined_fields", _src, _e)
                user_defined_fields = None
            else:
                if user_defined_fields._deviations:
                    _devs = _lift(_devs, ("user_defined_fields",), user_defined_fields._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_response_relationships = object.__new__(cls)
        incident_response_relationships.attachments = attachments
        incident_response_relationships.commander_user = commander_user
        incident_response_relationships.created_by_user = created_by_user
        incident_response_relationships.impacts = impacts
        incident_response_relationships.integrations = integrations
        incident_response_relationships.last_modified_by_user = last_modified_by_user
        incident_response_relationships.responders = responders
        incident_response_relationships.user_defined_fields = user_defined_fields
        incident_response_relationships._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 8:  # other keys
            incident_response_relationships._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_response_relationships._extra)
        else:
            incident_response_relationships._extra = None
        incident_response_relationships._raw = _raw
        incident_response_relationships._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentResponseRelationships)


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
