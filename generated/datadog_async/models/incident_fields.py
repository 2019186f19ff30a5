from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    _as_object,
    _count,
    _deeper,
    _lazy_extra,
    _lift,
    _rejected,
    _union_fallback,
    _unknown_shape,
)

T = TypeVar("T", bound="IncidentFields")


@_attrs_define(init=False)
class IncidentFields(DatadogModel):
    """A condensed view of the user-defined fields attached to incidents."""

    additional_properties: dict[
        str, IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue | dict[str, Any]
    ]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        entries: Mapping[str, IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue] | None = None,
        /,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``. ``entries``: the key/value pairs of the map."""
        self._absent = 0
        self._extra = None if entries is None else dict(entries)
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        _extra = self._extra
        field_dict: dict[str, Any] = (
            {prop_name: _dump_additional_property(prop) for prop_name, prop in _extra.items()} if _extra else {}
        )
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

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_fields = object.__new__(cls)
        incident_fields._absent = 0
        if d:
            additional_properties: dict[str, Any] = {}
            for _key, _value in d.items():
                try:
                    _parsed = _parse_additional_property(_value)
                except ModelValidationError as _e:
                    if len(_e.path) > 0:
                        _e.path.insert(0, _key)
                        raise
                    _devs, _raw = _rejected(_devs, _raw, _key, _value, _e)
                else:
                    additional_properties[_key] = _parsed
                    if isinstance(_parsed, dict):
                        _devs = _unknown_shape(
                            _devs,
                            (_key,),
                            "IncidentFieldAttributesMultipleValue or IncidentFieldAttributesSingleValue",
                            _parsed,
                        )
                    elif _parsed._deviations:
                        _devs = _lift(_devs, (_key,), _parsed._deviations)
            incident_fields._extra = additional_properties
        else:
            incident_fields._extra = None
        incident_fields._raw = _raw
        incident_fields._deviations = () if _devs is None else tuple(_devs)
        return incident_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue | dict[str, Any]:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue | dict[str, Any],
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_lazy_extra(IncidentFields)


def _parse_additional_property(
    data: Any,
) -> IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # An option that parses with deviations is only a candidate: another may fit exactly (the best one wins).
        _best: Any = None
        # IncidentFieldAttributesMultipleValue (tags: type)
        if (
            (_tag := data.get("type")) is None
            or not isinstance(_tag, str)
            or _tag in {"autocomplete", "metrictag", "multiselect", "textarray"}
        ):
            try:
                _option1 = IncidentFieldAttributesMultipleValue.from_dict(data)
            except ModelValidationError as _e:
                if data.get("type") is not None:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
            else:
                if not _option1._deviations:
                    return _option1
                if _best is None or _count(_option1._deviations) < _count(_best._deviations):
                    _best = _option1
        # IncidentFieldAttributesSingleValue (tags: type)
        if (_tag := data.get("type")) is None or not isinstance(_tag, str) or _tag in {"dropdown", "textbox"}:
            try:
                _option2 = IncidentFieldAttributesSingleValue.from_dict(data)
            except ModelValidationError as _e:
                if data.get("type") is not None:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
            else:
                if not _option2._deviations:
                    return _option2
                if _best is None or _count(_option2._deviations) < _count(_best._deviations):
                    _best = _option2
        if _best is not None:
            return _best  # type: ignore[no-any-return]
        return _union_fallback(
            data,
            _tagged_error,
            _error,
            ("type",),
            None,
        )
    raise ModelValidationError.expected(None, "an object", data)


def _dump_additional_property(
    value: IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue | dict[str, Any],
) -> Any:
    if isinstance(value, IncidentFieldAttributesMultipleValue):
        return value.to_dict()
    if isinstance(value, IncidentFieldAttributesSingleValue):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_field_attributes_multiple_value import IncidentFieldAttributesMultipleValue  # noqa: E402
from ..models.incident_field_attributes_single_value import IncidentFieldAttributesSingleValue  # noqa: E402
