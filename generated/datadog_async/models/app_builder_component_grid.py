from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_component_grid_type import (
    APP_BUILDER_COMPONENT_GRID_TYPE_VALUES,
    AppBuilderComponentGridType,
)
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
    _rejected,
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="AppBuilderComponentGrid")


@_attrs_define(init=False)
class AppBuilderComponentGrid(DatadogModel):
    """A grid component, the root of the app's component tree (`rootInstanceName` names it)."""

    name: str
    """ A unique identifier for this grid component. This name is also visible in the app editor. """
    properties: AppBuilderComponentGridProperties
    """ Properties of a grid component. """
    type_: AppBuilderComponentGridType | str
    """ The grid component type. """
    events: list[AppBuilderEvent] | None
    """ Events to listen for on the grid component. """
    id: str | None
    """ The ID of the grid component. This property is deprecated; use name to identify individual components
    instead. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        name: str,
        properties: AppBuilderComponentGridProperties,
        type_: AppBuilderComponentGridType = "grid",
        events: list[AppBuilderEvent] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.name = name
        self.properties = properties
        self.type_ = type_
        _absent = 0
        if type(events) is Unset:
            _absent |= 1
            self.events = None
        else:
            self.events = events
        if type(id) is Unset:
            _absent |= 2
            self.id = None
        else:
            self.id = id
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["name"] = self.name
        field_dict["properties"] = self.properties.to_dict()
        field_dict["type"] = self.type_
        if self.events is not None:
            field_dict["events"] = [_v0.to_dict() for _v0 in self.events]
        elif not self._absent & 1:
            field_dict["events"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif not self._absent & 2:
            field_dict["id"] = None
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
            name = d["name"]
            properties = d["properties"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)
        try:
            properties = AppBuilderComponentGridProperties.from_dict(properties)
        except ModelValidationError as _e:
            _e.path.insert(0, "properties")
            raise
        if properties._deviations:
            _devs = _lift(_devs, ("properties",), properties._deviations)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        if type_ != "grid":
            _devs = _unknown_value(_devs, ("type",), APP_BUILDER_COMPONENT_GRID_TYPE_VALUES, type_)
        _absent = 0  # bit i: optional field i is not in the object
        events = d.get("events", UNSET)
        if events is UNSET:
            _absent |= 1
            events = None
        elif events is not None:
            _src = events
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    events = [AppBuilderEvent.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, AppBuilderEvent.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "events")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "events", _src, _e)
                events = None
            else:
                if any(map(_deviations_of, events)):
                    _devs = _lift_items(_devs, ("events",), events)
        id = d.get("id", UNSET)
        if not isinstance(id, str):
            if id is UNSET:
                _absent |= 2
                id = None
            elif id is not None:
                _devs, _raw = _wrong(_devs, _raw, "id", "a string", id)
                id = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_component_grid = object.__new__(cls)
        app_builder_component_grid.name = name
        app_builder_component_grid.properties = properties
        app_builder_component_grid.type_ = type_
        app_builder_component_grid.events = events
        app_builder_component_grid.id = id
        app_builder_component_grid._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 5:  # other keys
            app_builder_component_grid._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_component_grid._extra)
        else:
            app_builder_component_grid._extra = None
        app_builder_component_grid._raw = _raw
        app_builder_component_grid._deviations = () if _devs is None else tuple(_devs)
        return app_builder_component_grid

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


_lazy_extra(AppBuilderComponentGrid)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "properties",
        "type",
        "events",
        "id",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_component_grid_properties import AppBuilderComponentGridProperties  # noqa: E402
from ..models.app_builder_event import AppBuilderEvent  # noqa: E402
