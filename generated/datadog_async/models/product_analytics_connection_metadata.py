from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="ProductAnalyticsConnectionMetadata")


@_attrs_define
class ProductAnalyticsConnectionMetadata:
    """Additional key-value metadata associated with the connection."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)

        product_analytics_connection_metadata = cls()
        if d:
            additional_properties: dict[str, Any] = {}
            for _key, _value in d.items():
                if not isinstance(_value, str):
                    raise ModelValidationError.expected(_key, "a string", _value)
                additional_properties[_key] = _value
            product_analytics_connection_metadata.additional_properties = additional_properties
        return product_analytics_connection_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
