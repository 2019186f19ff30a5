from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_analytics_connection_field import ProductAnalyticsConnectionField
    from ..models.product_analytics_connection_field_update import ProductAnalyticsConnectionFieldUpdate


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
        fields_to_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields_to_add, Unset):
            fields_to_add = []
            for fields_to_add_item_data in self.fields_to_add:
                fields_to_add_item = fields_to_add_item_data.to_dict()
                fields_to_add.append(fields_to_add_item)

        fields_to_delete: list[str] | Unset = UNSET
        if not isinstance(self.fields_to_delete, Unset):
            fields_to_delete = self.fields_to_delete

        fields_to_update: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields_to_update, Unset):
            fields_to_update = []
            for fields_to_update_item_data in self.fields_to_update:
                fields_to_update_item = fields_to_update_item_data.to_dict()
                fields_to_update.append(fields_to_update_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields_to_add is not UNSET:
            field_dict["fields_to_add"] = fields_to_add
        if fields_to_delete is not UNSET:
            field_dict["fields_to_delete"] = fields_to_delete
        if fields_to_update is not UNSET:
            field_dict["fields_to_update"] = fields_to_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_analytics_connection_field import ProductAnalyticsConnectionField  # noqa: PLC0415
        from ..models.product_analytics_connection_field_update import ProductAnalyticsConnectionFieldUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _fields_to_add = d.pop("fields_to_add", UNSET)
        fields_to_add: list[ProductAnalyticsConnectionField] | Unset = UNSET
        if _fields_to_add is not UNSET:
            fields_to_add = []
            for fields_to_add_item_data in _fields_to_add:
                fields_to_add_item = ProductAnalyticsConnectionField.from_dict(fields_to_add_item_data)

                fields_to_add.append(fields_to_add_item)

        fields_to_delete = cast(list[str], d.pop("fields_to_delete", UNSET))

        _fields_to_update = d.pop("fields_to_update", UNSET)
        fields_to_update: list[ProductAnalyticsConnectionFieldUpdate] | Unset = UNSET
        if _fields_to_update is not UNSET:
            fields_to_update = []
            for fields_to_update_item_data in _fields_to_update:
                fields_to_update_item = ProductAnalyticsConnectionFieldUpdate.from_dict(fields_to_update_item_data)

                fields_to_update.append(fields_to_update_item)

        product_analytics_update_connection_request_attributes = cls(
            fields_to_add=fields_to_add,
            fields_to_delete=fields_to_delete,
            fields_to_update=fields_to_update,
        )

        product_analytics_update_connection_request_attributes.additional_properties = d
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
