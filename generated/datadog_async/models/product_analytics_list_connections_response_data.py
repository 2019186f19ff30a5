from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_analytics_list_connections_response_data_type import (
    ProductAnalyticsListConnectionsResponseDataType,
    check_product_analytics_list_connections_response_data_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_analytics_list_connections_response_attributes import (
        ProductAnalyticsListConnectionsResponseAttributes,
    )


T = TypeVar("T", bound="ProductAnalyticsListConnectionsResponseData")


@_attrs_define
class ProductAnalyticsListConnectionsResponseData:
    """The data object containing the resource type and attributes for the list connections response."""

    type_: ProductAnalyticsListConnectionsResponseDataType = "list_connections_response"
    """ List connections response resource type. """
    attributes: ProductAnalyticsListConnectionsResponseAttributes | Unset = UNSET
    """ Attributes of the list connections response, containing the collection of data source connections. """
    id: str | Unset = UNSET
    """ Unique identifier for the list connections response resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_analytics_list_connections_response_attributes import (
            ProductAnalyticsListConnectionsResponseAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = check_product_analytics_list_connections_response_data_type(d.pop("type"))

        _attributes = d.pop("attributes", UNSET)
        attributes: ProductAnalyticsListConnectionsResponseAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ProductAnalyticsListConnectionsResponseAttributes.from_dict(_attributes)

        id = d.pop("id", UNSET)

        product_analytics_list_connections_response_data = cls(
            type_=type_,
            attributes=attributes,
            id=id,
        )

        product_analytics_list_connections_response_data.additional_properties = d
        return product_analytics_list_connections_response_data

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
