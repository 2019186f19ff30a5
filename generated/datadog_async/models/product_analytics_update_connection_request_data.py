from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_analytics_update_connection_request_data_type import (
    ProductAnalyticsUpdateConnectionRequestDataType,
    check_product_analytics_update_connection_request_data_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_analytics_update_connection_request_attributes import (
        ProductAnalyticsUpdateConnectionRequestAttributes,
    )


T = TypeVar("T", bound="ProductAnalyticsUpdateConnectionRequestData")


@_attrs_define
class ProductAnalyticsUpdateConnectionRequestData:
    """The data object containing the resource identifier and attributes for updating an existing connection."""

    id: str
    """ The unique identifier of the connection to update. """
    type_: ProductAnalyticsUpdateConnectionRequestDataType = "connection_id"
    """ Connection id resource type. """
    attributes: ProductAnalyticsUpdateConnectionRequestAttributes | Unset = UNSET
    """ Attributes specifying the field modifications to apply to an existing connection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_analytics_update_connection_request_attributes import (
            ProductAnalyticsUpdateConnectionRequestAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_product_analytics_update_connection_request_data_type(d.pop("type"))

        _attributes = d.pop("attributes", UNSET)
        attributes: ProductAnalyticsUpdateConnectionRequestAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ProductAnalyticsUpdateConnectionRequestAttributes.from_dict(_attributes)

        product_analytics_update_connection_request_data = cls(
            id=id,
            type_=type_,
            attributes=attributes,
        )

        product_analytics_update_connection_request_data.additional_properties = d
        return product_analytics_update_connection_request_data

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
