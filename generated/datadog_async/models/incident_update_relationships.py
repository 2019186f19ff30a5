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

T = TypeVar("T", bound="IncidentUpdateRelationships")


@_attrs_define(init=False)
class IncidentUpdateRelationships(DatadogModel):
    """The incident's relationships for an update request."""

    commander_user: IncidentNullableRelationshipToUser | None
    """ The incident commander. Leave it out to keep the current commander; send `{"data": null}` to remove the
    commander. """
    integrations: IncidentRelationshipToIntegrations | None
    """ A relationship reference for multiple integration metadata objects. """
    postmortem: IncidentRelationshipToPostmortem | None
    """ A relationship reference for postmortems. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        commander_user: IncidentNullableRelationshipToUser | None | Unset = UNSET,
        integrations: IncidentRelationshipToIntegrations | None | Unset = UNSET,
        postmortem: IncidentRelationshipToPostmortem | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(commander_user) is Unset:
            _absent |= 1
            self.commander_user = None
        else:
            self.commander_user = commander_user
        if type(integrations) is Unset:
            _absent |= 2
            self.integrations = None
        else:
            self.integrations = integrations
        if type(postmortem) is Unset:
            _absent |= 4
            self.postmortem = None
        else:
            self.postmortem = postmortem
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.commander_user is not None:
            field_dict["commander_user"] = self.commander_user.to_dict()
        elif not self._absent & 1:
            field_dict["commander_user"] = None
        if self.integrations is not None:
            field_dict["integrations"] = self.integrations.to_dict()
        elif not self._absent & 2:
            field_dict["integrations"] = None
        if self.postmortem is not None:
            field_dict["postmortem"] = self.postmortem.to_dict()
        elif not self._absent & 4:
            field_dict["postmortem"] = None
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
        commander_user = d.get("commander_user", UNSET)
        if commander_user is UNSET:
            _absent |= 1
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
        integrations = d.get("integrations", UNSET)
        if integrations is UNSET:
            _absent |= 2
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
        postmortem = d.get("postmortem", UNSET)
        if postmortem is UNSET:
            _absent |= 4
            postmortem = None
        elif postmortem is not None:
            _src = postmortem
            try:
                postmortem = IncidentRelationshipToPostmortem.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "postmortem")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "postmortem", _src, _e)
                postmortem = None
            else:
                if postmortem._deviations:
                    _devs = _lift(_devs, ("postmortem",), postmortem._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_update_relationships = object.__new__(cls)
        incident_update_relationships.commander_user = commander_user
        incident_update_relationships.integrations = integrations
        incident_update_relationships.postmortem = postmortem
        incident_update_relationships._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            incident_update_relationships._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_update_relationships._extra)
        else:
            incident_update_relationships._extra = None
        incident_update_relationships._raw = _raw
        incident_update_relationships._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentUpdateRelationships)


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
