from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_users_type import INCIDENT_USERS_TYPE_VALUES, IncidentUsersType
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
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="IncidentUserData")


@_attrs_define(init=False)
class IncidentUserData(DatadogModel):
    """User object returned by the API."""

    attributes: IncidentUserAttributes | None
    """ Attributes of user object returned by the API. """
    id: str | None
    """ ID of the user. """
    relationships: IncidentUserRelationships | None
    """ Relationships of the user object returned by the API. """
    type_: IncidentUsersType | str | None
    """ Users resource type. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        attributes: IncidentUserAttributes | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        relationships: IncidentUserRelationships | None | Unset = UNSET,
        type_: IncidentUsersType | None | Unset = "users",
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(attributes) is Unset:
            _absent |= 1
            self.attributes = None
        else:
            self.attributes = attributes
        if type(id) is Unset:
            _absent |= 2
            self.id = None
        else:
            self.id = id
        if type(relationships) is Unset:
            _absent |= 4
            self.relationships = None
        else:
            self.relationships = relationships
        if type(type_) is Unset:
            _absent |= 8
            self.type_ = None
        else:
            self.type_ = type_
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.attributes is not None:
            field_dict["attributes"] = self.attributes.to_dict()
        elif not self._absent & 1:
            field_dict["attributes"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif not self._absent & 2:
            field_dict["id"] = None
        if self.relationships is not None:
            field_dict["relationships"] = self.relationships.to_dict()
        elif not self._absent & 4:
            field_dict["relationships"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif not self._absent & 8:
            field_dict["type"] = None
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
        attributes = d.get("attributes", UNSET)
        if attributes is UNSET:
            _absent |= 1
            attributes = None
        elif attributes is not None:
            _src = attributes
            try:
                attributes = IncidentUserAttributes.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "attributes")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "attributes", _src, _e)
                attributes = None
            else:
                if attributes._deviations:
                    _devs = _lift(_devs, ("attributes",), attributes._deviations)
        id = d.get("id", UNSET)
        if not isinstance(id, str):
            if id is UNSET:
                _absent |= 2
                id = None
            elif id is not None:
                _devs, _raw = _wrong(_devs, _raw, "id", "a string", id)
                id = None
        relationships = d.get("relationships", UNSET)
        if relationships is UNSET:
            _absent |= 4
            relationships = None
        elif relationships is not None:
            _src = relationships
            try:
                relationships = IncidentUserRelationships.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "relationships")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "relationships", _src, _e)
                relationships = None
            else:
                if relationships._deviations:
                    _devs = _lift(_devs, ("relationships",), relationships._deviations)
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent |= 8
                type_ = None
            elif type_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "type", "a string", type_)
                type_ = None
        elif type_ != "users":
            _devs = _unknown_value(_devs, ("type",), INCIDENT_USERS_TYPE_VALUES, type_)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_user_data = object.__new__(cls)
        incident_user_data.attributes = attributes
        incident_user_data.id = id
        incident_user_data.relationships = relationships
        incident_user_data.type_ = type_
        incident_user_data._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            incident_user_data._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_user_data._extra)
        else:
            incident_user_data._extra = None
        incident_user_data._raw = _raw
        incident_user_data._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentUserData)


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
