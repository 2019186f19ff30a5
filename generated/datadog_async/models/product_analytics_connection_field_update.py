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
    _rejected,
    _wrong,
)

T = TypeVar("T", bound="ProductAnalyticsConnectionFieldUpdate")


@_attrs_define(init=False)
class ProductAnalyticsConnectionFieldUpdate(DatadogModel):
    """An existing field of a connection with updated metadata."""

    field_id: str
    """ The identifier of the existing field to update. """
    updated_description: str | None
    """ The new description to set for the field. """
    updated_display_name: str | None
    """ The new human-readable display name to set for the field. """
    updated_field_id: str | None
    """ The new identifier to assign to the field, if renaming it. """
    updated_groups: list[str] | None
    """ The updated list of group labels to associate with the field. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        field_id: str,
        updated_description: str | None | Unset = UNSET,
        updated_display_name: str | None | Unset = UNSET,
        updated_field_id: str | None | Unset = UNSET,
        updated_groups: list[str] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.field_id = field_id
        _absent = 0
        if type(updated_description) is Unset:
            _absent |= 1
            self.updated_description = None
        else:
            self.updated_description = updated_description
        if type(updated_display_name) is Unset:
            _absent |= 2
            self.updated_display_name = None
        else:
            self.updated_display_name = updated_display_name
        if type(updated_field_id) is Unset:
            _absent |= 4
            self.updated_field_id = None
        else:
            self.updated_field_id = updated_field_id
        if type(updated_groups) is Unset:
            _absent |= 8
            self.updated_groups = None
        else:
            self.updated_groups = updated_groups
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["field_id"] = self.field_id
        if self.updated_description is not None:
            field_dict["updated_description"] = self.updated_description
        elif not self._absent & 1:
            field_dict["updated_description"] = None
        if self.updated_display_name is not None:
            field_dict["updated_display_name"] = self.updated_display_name
        elif not self._absent & 2:
            field_dict["updated_display_name"] = None
        if self.updated_field_id is not None:
            field_dict["updated_field_id"] = self.updated_field_id
        elif not self._absent & 4:
            field_dict["updated_field_id"] = None
        if self.updated_groups is not None:
            field_dict["updated_groups"] = self.updated_groups
        elif not self._absent & 8:
            field_dict["updated_groups"] = None
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
            field_id = d["field_id"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(field_id, str):
            raise ModelValidationError.expected("field_id", "a string", field_id)
        _absent = 0  # bit i: optional field i is not in the object
        updated_description = d.get("updated_description", UNSET)
        if not isinstance(updated_description, str):
            if updated_description is UNSET:
                _absent |= 1
                updated_description = None
            elif updated_description is not None:
                _devs, _raw = _wrong(_devs, _raw, "updated_description", "a string", updated_description)
                updated_description = None
        updated_display_name = d.get("updated_display_name", UNSET)
        if not isinstance(updated_display_name, str):
            if updated_display_name is UNSET:
                _absent |= 2
                updated_display_name = None
            elif updated_display_name is not None:
                _devs, _raw = _wrong(_devs, _raw, "updated_display_name", "a string", updated_display_name)
                updated_display_name = None
        updated_field_id = d.get("updated_field_id", UNSET)
        if not isinstance(updated_field_id, str):
            if updated_field_id is UNSET:
                _absent |= 4
                updated_field_id = None
            elif updated_field_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "updated_field_id", "a string", updated_field_id)
                updated_field_id = None
        updated_groups = d.get("updated_groups", UNSET)
        if updated_groups is UNSET:
            _absent |= 8
            updated_groups = None
        elif updated_groups is not None:
            _src = updated_groups
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                for _v0 in _src:
                    if not isinstance(_v0, str):
                        raise ModelValidationError.expected_item(None, _src, _v0, "a string")
                updated_groups = _src
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "updated_groups")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "updated_groups", _src, _e)
                updated_groups = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        product_analytics_connection_field_update = object.__new__(cls)
        product_analytics_connection_field_update.field_id = field_id
        product_analytics_connection_field_update.updated_description = updated_description
        product_analytics_connection_field_update.updated_display_name = updated_display_name
        product_analytics_connection_field_update.updated_field_id = updated_field_id
        product_analytics_connection_field_update.updated_groups = updated_groups
        product_analytics_connection_field_update._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 5:  # other keys
            product_analytics_connection_field_update._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, product_analytics_connection_field_update._extra)
        else:
            product_analytics_connection_field_update._extra = None
        product_analytics_connection_field_update._raw = _raw
        product_analytics_connection_field_update._deviations = () if _devs is None else tuple(_devs)
        return product_analytics_connection_field_update

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


_lazy_extra(ProductAnalyticsConnectionFieldUpdate)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "field_id",
        "updated_description",
        "updated_display_name",
        "updated_field_id",
        "updated_groups",
    }
)
