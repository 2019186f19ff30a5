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

T = TypeVar("T", bound="ProductAnalyticsListConnectionsResponseAttributes")


@_attrs_define(init=False)
class ProductAnalyticsListConnectionsResponseAttributes(DatadogModel):
    """Attributes of the list connections response, containing the collection of data source connections."""

    connections: list[ProductAnalyticsConnection] | None
    """ The list of data source connections configured for the entity. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        connections: list[ProductAnalyticsConnection] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(connections) is Unset:
            _absent |= 1
            self.connections = None
        else:
            self.connections = connections
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.connections is not None:
            field_dict["connections"] = [_v0.to_dict() for _v0 in self.connections]
        elif not self._absent & 1:
            field_dict["connections"] = None
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
        connections = d.get("connections", UNSET)
        if connections is UNSET:
            _absent |= 1
            connections = None
        elif connections is not None:
            _src = connections
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    connections = [ProductAnalyticsConnection.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, ProductAnalyticsConnection.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "connections")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "connections", _src, _e)
                connections = None
            else:
                if any(map(_deviations_of, connections)):
                    _devs = _lift_items(_devs, ("connections",), connections)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        product_analytics_list_connections_response_attributes = object.__new__(cls)
        product_analytics_list_connections_response_attributes.connections = connections
        product_analytics_list_connections_response_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 1:  # other keys
            product_analytics_list_connections_response_attributes._extra = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, product_analytics_list_connections_response_attributes._extra)
        else:
            product_analytics_list_connections_response_attributes._extra = None
        product_analytics_list_connections_response_attributes._raw = _raw
        product_analytics_list_connections_response_attributes._deviations = () if _devs is None else tuple(_devs)
        return product_analytics_list_connections_response_attributes

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


_lazy_extra(ProductAnalyticsListConnectionsResponseAttributes)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "connections",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.product_analytics_connection import ProductAnalyticsConnection  # noqa: E402
