from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_type import INCIDENT_TYPE_VALUES, IncidentType
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
)

T = TypeVar("T", bound="IncidentResponseData")


@_attrs_define(init=False)
class IncidentResponseData(DatadogModel):
    """Incident data from a response."""

    id: str
    """ The incident's ID. """
    type_: IncidentType | str
    """ Incident resource type. """
    attributes: IncidentResponseAttributes | None
    """ The incident's attributes from a response. """
    relationships: IncidentResponseRelationships | None
    """ The incident's relationships from a response. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        id: str,
        type_: IncidentType = "incidents",
        attributes: IncidentResponseAttributes | None | Unset = UNSET,
        relationships: IncidentResponseRelationships | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.id = id
        self.type_ = type_
        _absent = 0
        if type(attributes) is Unset:
            _absent |= 1
            self.attributes = None
        else:
            self.attributes = attributes
        if type(relationships) is Unset:
            _absent |= 2
            self.relationships = None
        else:
            self.relationships = relationships
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        if self.attributes is not None:
            field_dict["attributes"] = self.attributes.to_dict()
        elif not self._absent & 1:
            field_dict["attributes"] = None
        if self.relationships is not None:
            field_dict["relationships"] = self.relationships.to_dict()
        elif not self._absent & 2:
            field_dict["relationships"] = None
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
        try:
            id = d["id"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(id, str):
            raise ModelValidationError.expected("id", "a string", id)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        if type_ != "incidents":
            _devs = _unknown_value(_devs, ("type",), INCIDENT_TYPE_VALUES, type_)
        _absent = 0  # bit i: optional field i is not in the object
        attributes = d.get("attributes", UNSET)
        if attributes is UNSET:
            _absent |= 1
            attributes = None
        elif attributes is not None:
            _src = attributes
            try:
                attributes = IncidentResponseAttributes.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "attributes")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "attributes", _src, _e)
                attributes = None
            else:
                if attributes._deviations:
                    _devs = _lift(_devs, ("attributes",), attributes._deviations)
        relationships = d.get("relationships", UNSET)
        if relationships is UNSET:
            _absent |= 2
            relationships = None
        elif relationships is not None:
            _src = relationships
            try:
                relationships = IncidentResponseRelationships.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "relationships")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "relationships", _src, _e)
                relationships = None
            else:
                if relationships._deviations:
                    _devs = _lift(_devs, ("relationships",), relationships._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_response_data = object.__new__(cls)
        incident_response_data.id = id
        incident_response_data.type_ = type_
        incident_response_data.attributes = attributes
        incident_response_data.relationships = relationships
        incident_response_data._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            incident_response_data._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_response_data._extra)
        else:
            incident_response_data._extra = None
        incident_response_data._raw = _raw
        incident_response_data._deviations = () if _devs is None else tuple(_devs)
        return incident_response_data

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


_lazy_extra(IncidentResponseData)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "attributes",
        "relationships",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_response_attributes import IncidentResponseAttributes  # noqa: E402
from ..models.incident_response_relationships import IncidentResponseRelationships  # noqa: E402
