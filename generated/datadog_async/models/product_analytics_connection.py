from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_analytics_connection_field import ProductAnalyticsConnectionField
    from ..models.product_analytics_connection_join import ProductAnalyticsConnectionJoin
    from ..models.product_analytics_connection_metadata import ProductAnalyticsConnectionMetadata


T = TypeVar("T", bound="ProductAnalyticsConnection")


@_attrs_define
class ProductAnalyticsConnection:
    """A data source connection configured for an entity."""

    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp indicating when the connection was created. """
    created_by: str | Unset = UNSET
    """ Identifier of the user who created the connection. """
    fields: list[ProductAnalyticsConnectionField] | Unset = UNSET
    """ List of custom attribute fields imported from the data source. """
    id: str | Unset = UNSET
    """ Unique identifier of the connection. """
    join: ProductAnalyticsConnectionJoin | Unset = UNSET
    """ The join configuration describing how the data source is linked to the entity. """
    metadata: ProductAnalyticsConnectionMetadata | Unset = UNSET
    """ Additional key-value metadata associated with the connection. """
    type_: str | Unset = UNSET
    """ The type of data source connection (for example, ref_table). """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp indicating when the connection was last updated. """
    updated_by: str | Unset = UNSET
    """ Identifier of the user who last updated the connection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        id = self.id

        join: dict[str, Any] | Unset = UNSET
        if not isinstance(self.join, Unset):
            join = self.join.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        type_ = self.type_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if fields is not UNSET:
            field_dict["fields"] = fields
        if id is not UNSET:
            field_dict["id"] = id
        if join is not UNSET:
            field_dict["join"] = join
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_analytics_connection_field import ProductAnalyticsConnectionField  # noqa: PLC0415
        from ..models.product_analytics_connection_join import ProductAnalyticsConnectionJoin  # noqa: PLC0415
        from ..models.product_analytics_connection_metadata import ProductAnalyticsConnectionMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[ProductAnalyticsConnectionField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = ProductAnalyticsConnectionField.from_dict(fields_item_data)

                fields.append(fields_item)

        id = d.pop("id", UNSET)

        _join = d.pop("join", UNSET)
        join: ProductAnalyticsConnectionJoin | Unset
        if isinstance(_join, Unset):
            join = UNSET
        else:
            join = ProductAnalyticsConnectionJoin.from_dict(_join)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProductAnalyticsConnectionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ProductAnalyticsConnectionMetadata.from_dict(_metadata)

        type_ = d.pop("type", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        product_analytics_connection = cls(
            created_at=created_at,
            created_by=created_by,
            fields=fields,
            id=id,
            join=join,
            metadata=metadata,
            type_=type_,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        product_analytics_connection.additional_properties = d
        return product_analytics_connection

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
