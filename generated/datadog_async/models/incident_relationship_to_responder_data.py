from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_relationship_to_responder_data_type import (
    INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES,
    IncidentRelationshipToResponderDataType,
)
from ..types import (
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _unknown_value,
)

T = TypeVar("T", bound="IncidentRelationshipToResponderData")


@_attrs_define(init=False)
class IncidentRelationshipToResponderData(DatadogModel):
    """An incident responder, by type and ID."""

    id: str
    """ A unique identifier that represents the responder. """
    type_: IncidentRelationshipToResponderDataType | str
    """ The incident responders type. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        id: str,
        type_: IncidentRelationshipToResponderDataType = "incident_responders",
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.id = id
        self.type_ = type_
        self._absent = 0
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
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
        if type_ != "incident_responders":
            _devs = _unknown_value(_devs, ("type",), INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES, type_)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_relationship_to_responder_data = object.__new__(cls)
        incident_relationship_to_responder_data.id = id
        incident_relationship_to_responder_data.type_ = type_
        incident_relationship_to_responder_data._absent = 0
        if len(d) > 2:  # other keys
            incident_relationship_to_responder_data._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_relationship_to_responder_data._extra)
        else:
            incident_relationship_to_responder_data._extra = None
        incident_relationship_to_responder_data._raw = _raw
        incident_relationship_to_responder_data._deviations = () if _devs is None else tuple(_devs)
        return incident_relationship_to_responder_data

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


_lazy_extra(IncidentRelationshipToResponderData)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
    }
)
