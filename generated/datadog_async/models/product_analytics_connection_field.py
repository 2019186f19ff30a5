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
    _extra_fields,
    _lazy_extra,
    _rejected,
    _wrong,
)

T = TypeVar("T", bound="ProductAnalyticsConnectionField")


@_attrs_define(init=False)
class ProductAnalyticsConnectionField(DatadogModel):
    """A custom attribute field imported from the data source."""

    id: str
    """ The unique identifier for the field within the connection. """
    source_name: str
    """ The name of the column or attribute in the source data system that maps to this field. """
    type_: str
    """ The data type of the field (for example, string or number). """
    description: str | None
    """ Human-readable explanation of what the field represents. """
    display_name: str | None
    """ The human-readable label for the field shown in the UI. """
    groups: list[str] | None
    """ List of group labels used to categorize the field. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        id: str,
        source_name: str,
        type_: str,
        description: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        groups: list[str] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.id = id
        self.source_name = source_name
        self.type_ = type_
        _absent = 0
        if type(description) is Unset:
            _absent |= 1
            self.description = None
        else:
            self.description = description
        if type(display_name) is Unset:
            _absent |= 2
            self.display_name = None
        else:
            self.display_name = display_name
        if type(groups) is Unset:
            _absent |= 4
            self.groups = None
        else:
            self.groups = groups
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["id"] = self.id
        field_dict["source_name"] = self.source_name
        field_dict["type"] = self.type_
        if self.description is not None:
            field_dict["description"] = self.description
        elif not self._absent & 1:
            field_dict["description"] = None
        if self.display_name is not None:
            field_dict["display_name"] = self.display_name
        elif not self._absent & 2:
            field_dict["display_name"] = None
        if self.groups is not None:
            field_dict["groups"] = self.groups
        elif not self._absent & 4:
            field_dict["groups"] = None
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
        try:
            id = d["id"]
            source_name = d["source_name"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(id, str):
            raise ModelValidationError.expected("id", "a string", id)
        if not isinstance(source_name, str):
            raise ModelValidationError.expected("source_name", "a string", source_name)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        _absent = 0  # bit i: optional field i is not in the object
        description = d.get("description", UNSET)
        if not isinstance(description, str):
            if description is UNSET:
                _absent |= 1
                description = None
            elif description is not None:
                _devs, _raw = _wrong(_devs, _raw, "description", "a string", description)
                description = None
        display_name = d.get("display_name", UNSET)
        if not isinstance(display_name, str):
            if display_name is UNSET:
                _absent |= 2
                display_name = None
            elif display_name is not None:
                _devs, _raw = _wrong(_devs, _raw, "display_name", "a string", display_name)
                display_name = None
        groups = d.get("groups", UNSET)
        if groups is UNSET:
            _absent |= 4
            groups = None
        elif groups is not None:
            _src = groups
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                for _v0 in _src:
                    if not isinstance(_v0, str):
                        raise ModelValidationError.expected_item(None, _src, _v0, "a string")
                groups = _src
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "groups")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "groups", _src, _e)
                groups = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        product_analytics_connection_field = object.__new__(cls)
        product_analytics_connection_field.id = id
        product_analytics_connection_field.source_name = source_name
        product_analytics_connection_field.type_ = type_
        product_analytics_connection_field.description = description
        product_analytics_connection_field.display_name = display_name
        product_analytics_connection_field.groups = groups
        product_analytics_connection_field._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 6:  # other keys
            product_analytics_connection_field._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, product_analytics_connection_field._extra)
        else:
            product_analytics_connection_field._extra = None
        product_analytics_connection_field._raw = _raw
        product_analytics_connection_field._deviations = () if _devs is None else tuple(_devs)
        return product_analytics_connection_field

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


_lazy_extra(ProductAnalyticsConnectionField)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_name",
        "type",
        "description",
        "display_name",
        "groups",
    }
)
