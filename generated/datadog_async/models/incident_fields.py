from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, _as_object, _deeper, _union_fallback

T = TypeVar("T", bound="IncidentFields")


@_attrs_define
class IncidentFields:
    """A condensed view of the user-defined fields attached to incidents."""

    additional_properties: dict[
        str, IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue | dict[str, Any]
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            prop_name: _dump_additional_property(prop) for prop_name, prop in self.additional_properties.items()
        }
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)

        incident_fields = cls()
        if d:
            additional_properties: dict[str, Any] = {}
            for _key, _value in d.items():
                try:
                    additional_properties[_key] = _parse_additional_property(_value)
                except ModelValidationError as _e:
                    _e.path.insert(0, _key)
                    raise
            incident_fields.additional_properties = additional_properties
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


def _parse_additional_property(
    data: Any,
) -> IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # IncidentFieldAttributesMultipleValue (tags: type)
        if (_tag := data.get("type", UNSET)) is UNSET or (
            isinstance(_tag, str) and _tag in {"autocomplete", "metrictag", "multiselect", "textarray"}
        ):
            try:
                return IncidentFieldAttributesMultipleValue.from_dict(data)
            except ModelValidationError as _e:
                if "type" in data:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
        # IncidentFieldAttributesSingleValue (tags: type)
        if (_tag := data.get("type", UNSET)) is UNSET or (isinstance(_tag, str) and _tag in {"dropdown", "textbox"}):
            try:
                return IncidentFieldAttributesSingleValue.from_dict(data)
            except ModelValidationError as _e:
                if "type" in data:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
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
