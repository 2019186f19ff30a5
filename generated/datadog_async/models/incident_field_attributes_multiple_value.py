from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_field_attributes_value_type import (
    INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES,
    IncidentFieldAttributesValueType,
)
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
    _rejected,
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="IncidentFieldAttributesMultipleValue")


@_attrs_define(init=False)
class IncidentFieldAttributesMultipleValue(DatadogModel):
    """A field with potentially multiple values selected.

    Example:
        {'type': 'multiselect', 'value': ['1.0', '1.1']}

    """

    type_: IncidentFieldAttributesValueType | str | None
    """ Type of the multiple value field definitions. """
    value: list[str] | None
    """ The multiple values selected for this field. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        type_: IncidentFieldAttributesValueType | None | Unset = UNSET,
        value: list[str] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(type_) is Unset:
            _absent |= 1
            self.type_ = None
        else:
            self.type_ = type_
        if type(value) is Unset:
            _absent |= 2
            self.value = None
        else:
            self.value = value
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif not self._absent & 1:
            field_dict["type"] = None
        if self.value is not None:
            field_dict["value"] = self.value
        elif not self._absent & 2:
            field_dict["value"] = None
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
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent |= 1
                type_ = None
            elif type_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "type", "a string", type_)
                type_ = None
        elif type_ not in {"autocomplete", "metrictag", "multiselect", "textarray"}:
            _devs = _unknown_value(_devs, ("type",), INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES, type_)
        value = d.get("value", UNSET)
        if value is UNSET:
            _absent |= 2
            value = None
        elif value is not None:
            _src = value
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                for _v0 in _src:
                    if not isinstance(_v0, str):
                        raise ModelValidationError.expected_item(None, _src, _v0, "a string")
                value = _src
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "value")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "value", _src, _e)
                value = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_field_attributes_multiple_value = object.__new__(cls)
        incident_field_attributes_multiple_value.type_ = type_
        incident_field_attributes_multiple_value.value = value
        incident_field_attributes_multiple_value._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            incident_field_attributes_multiple_value._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_field_attributes_multiple_value._extra)
        else:
            incident_field_attributes_multiple_value._extra = None
        incident_field_attributes_multiple_value._raw = _raw
        incident_field_attributes_multiple_value._deviations = () if _devs is None else tuple(_devs)
        return incident_field_attributes_multiple_value

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


_lazy_extra(IncidentFieldAttributesMultipleValue)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "value",
    }
)
