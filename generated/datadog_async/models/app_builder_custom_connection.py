from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_custom_connection_type import (
    APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES,
    AppBuilderCustomConnectionType,
)
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
    _lift,
    _rejected,
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="AppBuilderCustomConnection")


@_attrs_define(init=False)
class AppBuilderCustomConnection(DatadogModel):
    """One of the custom connections used by the app."""

    attributes: AppBuilderCustomConnectionAttributes | None
    """ The custom connection attributes. """
    id: UUID | None
    """ The ID of the custom connection. """
    type_: AppBuilderCustomConnectionType | str | None
    """ The custom connection type. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        attributes: AppBuilderCustomConnectionAttributes | None | Unset = UNSET,
        id: UUID | None | Unset = UNSET,
        type_: AppBuilderCustomConnectionType | None | Unset = "custom_connections",
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(attributes) is Unset:
            _absent |= 1
            self.attributes = None
        else:
            self.attributes = attributes
        if type(id) is Unset:
            _absent |= 2
            self.id = None
        else:
            self.id = id
        if type(type_) is Unset:
            _absent |= 4
            self.type_ = None
        else:
            self.type_ = type_
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.attributes is not None:
            field_dict["attributes"] = self.attributes.to_dict()
        elif not self._absent & 1:
            field_dict["attributes"] = None
        if self.id is not None:
            field_dict["id"] = str(self.id)
        elif not self._absent & 2:
            field_dict["id"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif not self._absent & 4:
            field_dict["type"] = None
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
        attributes = d.get("attributes", UNSET)
        if attributes is UNSET:
            _absent |= 1
            attributes = None
        elif attributes is not None:
            _src = attributes
            try:
                attributes = AppBuilderCustomConnectionAttributes.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "attributes")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "attributes", _src, _e)
                attributes = None
            else:
                if attributes._deviations:
                    _devs = _lift(_devs, ("attributes",), attributes._deviations)
        id = d.get("id", UNSET)
        if isinstance(id, str):
            try:
                id = UUID(id)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "id", "a UUID string", id)
                id = None
        elif id is UNSET:
            _absent |= 2
            id = None
        elif id is not None:
            _devs, _raw = _wrong(_devs, _raw, "id", "a UUID string", id)
            id = None
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent |= 4
                type_ = None
            elif type_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "type", "a string", type_)
                type_ = None
        elif type_ != "custom_connections":
            _devs = _unknown_value(_devs, ("type",), APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES, type_)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_custom_connection = object.__new__(cls)
        app_builder_custom_connection.attributes = attributes
        app_builder_custom_connection.id = id
        app_builder_custom_connection.type_ = type_
        app_builder_custom_connection._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            app_builder_custom_connection._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_custom_connection._extra)
        else:
            app_builder_custom_connection._extra = None
        app_builder_custom_connection._raw = _raw
        app_builder_custom_connection._deviations = () if _devs is None else tuple(_devs)
        return app_builder_custom_connection

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


_lazy_extra(AppBuilderCustomConnection)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "attributes",
        "id",
        "type",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_custom_connection_attributes import AppBuilderCustomConnectionAttributes  # noqa: E402
