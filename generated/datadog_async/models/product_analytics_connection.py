from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _parse_datetime

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at.isoformat()
        if not isinstance(self.created_by, Unset):
            field_dict["created_by"] = self.created_by
        if not isinstance(self.fields, Unset):
            field_dict["fields"] = [_v0.to_dict() for _v0 in self.fields]
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.join, Unset):
            field_dict["join"] = self.join.to_dict()
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = self.metadata.to_dict()
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.updated_at, Unset):
            field_dict["updated_at"] = self.updated_at.isoformat()
        if not isinstance(self.updated_by, Unset):
            field_dict["updated_by"] = self.updated_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        created_at = d.get("created_at", UNSET)
        if isinstance(created_at, str):
            try:
                created_at = _parse_datetime(created_at)
            except ValueError:
                raise ModelValidationError.expected("created_at", "a date-time string", created_at) from None
        elif created_at is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("created_at", "a date-time string", created_at)
        created_by = d.get("created_by", UNSET)
        if not isinstance(created_by, str):
            if created_by is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("created_by", "a string", created_by)
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent += 1
        else:
            if not isinstance(fields, list):
                raise ModelValidationError.expected("fields", "an array", fields)
            try:
                fields = [ProductAnalyticsConnectionField.from_dict(_v0) for _v0 in fields]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, fields, ProductAnalyticsConnectionField.from_dict)
                _e.path.insert(0, "fields")
                raise
        id = d.get("id", UNSET)
        if not isinstance(id, str):
            if id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("id", "a string", id)
        join = d.get("join", UNSET)
        if join is UNSET:
            _absent += 1
        else:
            try:
                join = ProductAnalyticsConnectionJoin.from_dict(join)
            except ModelValidationError as _e:
                _e.path.insert(0, "join")
                raise
        metadata = d.get("metadata", UNSET)
        if metadata is UNSET:
            _absent += 1
        else:
            try:
                metadata = ProductAnalyticsConnectionMetadata.from_dict(metadata)
            except ModelValidationError as _e:
                _e.path.insert(0, "metadata")
                raise
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("type", "a string", type_)
        updated_at = d.get("updated_at", UNSET)
        if isinstance(updated_at, str):
            try:
                updated_at = _parse_datetime(updated_at)
            except ValueError:
                raise ModelValidationError.expected("updated_at", "a date-time string", updated_at) from None
        elif updated_at is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("updated_at", "a date-time string", updated_at)
        updated_by = d.get("updated_by", UNSET)
        if not isinstance(updated_by, str):
            if updated_by is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("updated_by", "a string", updated_by)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        product_analytics_connection = cls(
            created_at,
            created_by,
            fields,
            id,
            join,
            metadata,
            type_,
            updated_at,
            updated_by,
        )
        if len(d) + _absent > 9:  # keys other than the fields above
            product_analytics_connection.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "created_at",
        "created_by",
        "fields",
        "id",
        "join",
        "metadata",
        "type",
        "updated_at",
        "updated_by",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.product_analytics_connection_field import ProductAnalyticsConnectionField  # noqa: E402
from ..models.product_analytics_connection_join import ProductAnalyticsConnectionJoin  # noqa: E402
from ..models.product_analytics_connection_metadata import ProductAnalyticsConnectionMetadata  # noqa: E402
