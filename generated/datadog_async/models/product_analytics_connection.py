from __future__ import annotations

import datetime
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
    _lift,
    _lift_items,
    _parse_datetime,
    _rejected,
    _wrong,
)

T = TypeVar("T", bound="ProductAnalyticsConnection")


@_attrs_define(init=False)
class ProductAnalyticsConnection(DatadogModel):
    """A data source connection configured for an entity."""

    created_at: datetime.datetime | None
    """ Timestamp indicating when the connection was created. """
    created_by: str | None
    """ Identifier of the user who created the connection. """
    fields: list[ProductAnalyticsConnectionField] | None
    """ List of custom attribute fields imported from the data source. """
    id: str | None
    """ Unique identifier of the connection. """
    join: ProductAnalyticsConnectionJoin | None
    """ The join configuration describing how the data source is linked to the entity. """
    metadata: ProductAnalyticsConnectionMetadata | None
    """ Additional key-value metadata associated with the connection. """
    type_: str | None
    """ The type of data source connection (for example, ref_table). """
    updated_at: datetime.datetime | None
    """ Timestamp indicating when the connection was last updated. """
    updated_by: str | None
    """ Identifier of the user who last updated the connection. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        created_at: datetime.datetime | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        fields: list[ProductAnalyticsConnectionField] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        join: ProductAnalyticsConnectionJoin | None | Unset = UNSET,
        metadata: ProductAnalyticsConnectionMetadata | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        updated_at: datetime.datetime | None | Unset = UNSET,
        updated_by: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(created_at) is Unset:
            _absent |= 1
            self.created_at = None
        else:
            self.created_at = created_at
        if type(created_by) is Unset:
            _absent |= 2
            self.created_by = None
        else:
            self.created_by = created_by
        if type(fields) is Unset:
            _absent |= 4
            self.fields = None
        else:
            self.fields = fields
        if type(id) is Unset:
            _absent |= 8
            self.id = None
        else:
            self.id = id
        if type(join) is Unset:
            _absent |= 16
            self.join = None
        else:
            self.join = join
        if type(metadata) is Unset:
            _absent |= 32
            self.metadata = None
        else:
            self.metadata = metadata
        if type(type_) is Unset:
            _absent |= 64
            self.type_ = None
        else:
            self.type_ = type_
        if type(updated_at) is Unset:
            _absent |= 128
            self.updated_at = None
        else:
            self.updated_at = updated_at
        if type(updated_by) is Unset:
            _absent |= 256
            self.updated_by = None
        else:
            self.updated_by = updated_by
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        elif not self._absent & 1:
            field_dict["created_at"] = None
        if self.created_by is not None:
            field_dict["created_by"] = self.created_by
        elif not self._absent & 2:
            field_dict["created_by"] = None
        if self.fields is not None:
            field_dict["fields"] = [_v0.to_dict() for _v0 in self.fields]
        elif not self._absent & 4:
            field_dict["fields"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif not self._absent & 8:
            field_dict["id"] = None
        if self.join is not None:
            field_dict["join"] = self.join.to_dict()
        elif not self._absent & 16:
            field_dict["join"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_dict()
        elif not self._absent & 32:
            field_dict["metadata"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif not self._absent & 64:
            field_dict["type"] = None
        if self.updated_at is not None:
            field_dict["updated_at"] = self.updated_at.isoformat()
        elif not self._absent & 128:
            field_dict["updated_at"] = None
        if self.updated_by is not None:
            field_dict["updated_by"] = self.updated_by
        elif not self._absent & 256:
            field_dict["updated_by"] = None
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
        created_at = d.get("created_at", UNSET)
        if isinstance(created_at, str):
            try:
                created_at = _parse_datetime(created_at)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "created_at", "a date-time string", created_at)
                created_at = None
        elif created_at is UNSET:
            _absent |= 1
            created_at = None
        elif created_at is not None:
            _devs, _raw = _wrong(_devs, _raw, "created_at", "a date-time string", created_at)
            created_at = None
        created_by = d.get("created_by", UNSET)
        if not isinstance(created_by, str):
            if created_by is UNSET:
                _absent |= 2
                created_by = None
            elif created_by is not None:
                _devs, _raw = _wrong(_devs, _raw, "created_by", "a string", created_by)
                created_by = None
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent |= 4
            fields = None
        elif fields is not None:
            _src = fields
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    fields = [ProductAnalyticsConnectionField.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, ProductAnalyticsConnectionField.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "fields")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "fields", _src, _e)
                fields = None
            else:
                if any(map(_deviations_of, fields)):
                    _devs = _lift_items(_devs, ("fields",), fields)
        id = d.get("id", UNSET)
        if not isinstance(id, str):
            if id is UNSET:
                _absent |= 8
                id = None
            elif id is not None:
                _devs, _raw = _wrong(_devs, _raw, "id", "a string", id)
                id = None
        join = d.get("join", UNSET)
        if join is UNSET:
            _absent |= 16
            join = None
        elif join is not None:
            _src = join
            try:
                join = ProductAnalyticsConnectionJoin.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "join")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "join", _src, _e)
                join = None
            else:
                if join._deviations:
                    _devs = _lift(_devs, ("join",), join._deviations)
        metadata = d.get("metadata", UNSET)
        if metadata is UNSET:
            _absent |= 32
            metadata = None
        elif metadata is not None:
            _src = metadata
            try:
                metadata = ProductAnalyticsConnectionMetadata.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "metadata")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "metadata", _src, _e)
                metadata = None
            else:
                if metadata._deviations:
                    _devs = _lift(_devs, ("metadata",), metadata._deviations)
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent |= 64
                type_ = None
            elif type_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "type", "a string", type_)
                type_ = None
        updated_at = d.get("updated_at", UNSET)
        if isinstance(updated_at, str):
            try:
                updated_at = _parse_datetime(updated_at)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "updated_at", "a date-time string", updated_at)
                updated_at = None
        elif updated_at is UNSET:
            _absent |= 128
            updated_at = None
        elif updated_at is not None:
            _devs, _raw = _wrong(_devs, _raw, "updated_at", "a date-time string", updated_at)
            updated_at = None
        updated_by = d.get("updated_by", UNSET)
        if not isinstance(updated_by, str):
            if updated_by is UNSET:
                _absent |= 256
                updated_by = None
            elif updated_by is not None:
                _devs, _raw = _wrong(_devs, _raw, "updated_by", "a string", updated_by)
                updated_by = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        product_analytics_connection = object.__new__(cls)
        product_analytics_connection.created_at = created_at
        product_analytics_connection.created_by = created_by
        product_analytics_connection.fields = fields
        product_analytics_connection.id = id
        product_analytics_connection.join = join
        product_analytics_connection.metadata = metadata
        product_analytics_connection.type_ = type_
        product_analytics_connection.updated_at = updated_at
        product_analytics_connection.updated_by = updated_by
        product_analytics_connection._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 9:  # other keys
            product_analytics_connection._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, product_analytics_connection._extra)
        else:
            product_analytics_connection._extra = None
        product_analytics_connection._raw = _raw
        product_analytics_connection._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(ProductAnalyticsConnection)


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
