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
    _deviations_of,
    _extra_fields,
    _lazy_extra,
    _lift_items,
    _rejected,
)

T = TypeVar("T", bound="ProductAnalyticsUpdateConnectionRequestAttributes")


@_attrs_define(init=False)
class ProductAnalyticsUpdateConnectionRequestAttributes(DatadogModel):
    """Attributes specifying the field modifications to apply to an existing connection."""

    fields_to_add: list[ProductAnalyticsConnectionField] | None
    """ New fields to add to the connection from the data source. """
    fields_to_delete: list[str] | None
    """ Identifiers of existing fields to remove from the connection. """
    fields_to_update: list[ProductAnalyticsConnectionFieldUpdate] | None
    """ Existing fields with updated metadata to apply to the connection. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        fields_to_add: list[ProductAnalyticsConnectionField] | None | Unset = UNSET,
        fields_to_delete: list[str] | None | Unset = UNSET,
        fields_to_update: list[ProductAnalyticsConnectionFieldUpdate] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(fields_to_add) is Unset:
            _absent |= 1
            self.fields_to_add = None
        else:
            self.fields_to_add = fields_to_add
        if type(fields_to_delete) is Unset:
            _absent |= 2
            self.fields_to_delete = None
        else:
            self.fields_to_delete = fields_to_delete
        if type(fields_to_update) is Unset:
            _absent |= 4
            self.fields_to_update = None
        else:
            self.fields_to_update = fields_to_update
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.fields_to_add is not None:
            field_dict["fields_to_add"] = [_v0.to_dict() for _v0 in self.fields_to_add]
        elif not self._absent & 1:
            field_dict["fields_to_add"] = None
        if self.fields_to_delete is not None:
            field_dict["fields_to_delete"] = self.fields_to_delete
        elif not self._absent & 2:
            field_dict["fields_to_delete"] = None
        if self.fields_to_update is not None:
            field_dict["fields_to_update"] = [_v0.to_dict() for _v0 in self.fields_to_update]
        elif not self._absent & 4:
            field_dict["fields_to_update"] = None
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
        fields_to_add = d.get("fields_to_add", UNSET)
        if fields_to_add is UNSET:
            _absent |= 1
            fields_to_add = None
        elif fields_to_add is not None:
            _src = fields_to_add
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    fields_to_add = [ProductAnalyticsConnectionField.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, ProductAnalyticsConnectionField.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "fields_to_add")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "fields_to_add", _src, _e)
                fields_to_add = None
            else:
                if any(map(_deviations_of, fields_to_add)):
                    _devs = _lift_items(_devs, ("fields_to_add",), fields_to_add)
        fields_to_delete = d.get("fields_to_delete", UNSET)
        if fields_to_delete is UNSET:
            _absent |= 2
            fields_to_delete = None
        elif fields_to_delete is not None:
            _src = fields_to_delete
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                for _v0 in _src:
                    if not isinstance(_v0, str):
                        raise ModelValidationError.expected_item(None, _src, _v0, "a string")
                fields_to_delete = _src
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "fields_to_delete")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "fields_to_delete", _src, _e)
                fields_to_delete = None
        fields_to_update = d.get("fields_to_update", UNSET)
        if fields_to_update is UNSET:
            _absent |= 4
            fields_to_update = None
        elif fields_to_update is not None:
            _src = fields_to_update
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    fields_to_update = [ProductAnalyticsConnectionFieldUpdate.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, ProductAnalyticsConnectionFieldUpdate.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "fields_to_update")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "fields_to_update", _src, _e)
                fields_to_update = None
            else:
                if any(map(_deviations_of, fields_to_update)):
                    _devs = _lift_items(_devs, ("fields_to_update",), fields_to_update)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        product_analytics_update_connection_request_attributes = object.__new__(cls)
        product_analytics_update_connection_request_attributes.fields_to_add = fields_to_add
        product_analytics_update_connection_request_attributes.fields_to_delete = fields_to_delete
        product_analytics_update_connection_request_attributes.fields_to_update = fields_to_update
        product_analytics_update_connection_request_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            product_analytics_update_connection_request_attributes._extra = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, product_analytics_update_connection_request_attributes._extra)
        else:
            product_analytics_update_connection_request_attributes._extra = None
        product_analytics_update_connection_request_attributes._raw = _raw
        product_analytics_update_connection_request_attributes._deviations = () if _devs is None else tuple(_devs)
        return product_analytics_update_connection_request_attributes

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


_lazy_extra(ProductAnalyticsUpdateConnectionRequestAttributes)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "fields_to_add",
        "fields_to_delete",
        "fields_to_update",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.product_analytics_connection_field import ProductAnalyticsConnectionField  # noqa: E402
from ..models.product_analytics_connection_field_update import ProductAnalyticsConnectionFieldUpdate  # noqa: E402
