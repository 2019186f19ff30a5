from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="ProductAnalyticsUpdateConnectionRequestAttributes")


@_attrs_define
class ProductAnalyticsUpdateConnectionRequestAttributes:
    """Attributes specifying the field modifications to apply to an existing connection."""

    fields_to_add: list[ProductAnalyticsConnectionField] | Unset = UNSET
    """ New fields to add to the connection from the data source. """
    fields_to_delete: list[str] | Unset = UNSET
    """ Identifiers of existing fields to remove from the connection. """
    fields_to_update: list[ProductAnalyticsConnectionFieldUpdate] | Unset = UNSET
    """ Existing fields with updated metadata to apply to the connection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.fields_to_add, Unset):
            field_dict["fields_to_add"] = [_v0.to_dict() for _v0 in self.fields_to_add]
        if not isinstance(self.fields_to_delete, Unset):
            field_dict["fields_to_delete"] = self.fields_to_delete
        if not isinstance(self.fields_to_update, Unset):
            field_dict["fields_to_update"] = [_v0.to_dict() for _v0 in self.fields_to_update]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        fields_to_add = d.get("fields_to_add", UNSET)
        if fields_to_add is UNSET:
            _absent += 1
        else:
            if not isinstance(fields_to_add, list):
                raise ModelValidationError.expected("fields_to_add", "an array", fields_to_add)
            try:
                fields_to_add = [ProductAnalyticsConnectionField.from_dict(_v0) for _v0 in fields_to_add]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, fields_to_add, ProductAnalyticsConnectionField.from_dict)
                _e.path.insert(0, "fields_to_add")
                raise
        fields_to_delete = d.get("fields_to_delete", UNSET)
        if fields_to_delete is UNSET:
            _absent += 1
        else:
            if not isinstance(fields_to_delete, list):
                raise ModelValidationError.expected("fields_to_delete", "an array", fields_to_delete)
            for _v0 in fields_to_delete:
                if not isinstance(_v0, str):
                    raise ModelValidationError.expected_item("fields_to_delete", fields_to_delete, _v0, "a string")
        fields_to_update = d.get("fields_to_update", UNSET)
        if fields_to_update is UNSET:
            _absent += 1
        else:
            if not isinstance(fields_to_update, list):
                raise ModelValidationError.expected("fields_to_update", "an array", fields_to_update)
            try:
                fields_to_update = [ProductAnalyticsConnectionFieldUpdate.from_dict(_v0) for _v0 in fields_to_update]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, fields_to_update, ProductAnalyticsConnectionFieldUpdate.from_dict)
                _e.path.insert(0, "fields_to_update")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        product_analytics_update_connection_request_attributes = cls(
            fields_to_add,
            fields_to_delete,
            fields_to_update,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            product_analytics_update_connection_request_attributes.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
