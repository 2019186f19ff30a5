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
    _wrong,
)

T = TypeVar("T", bound="AppBuilderComponentGridProperties")


@_attrs_define(init=False)
class AppBuilderComponentGridProperties(DatadogModel):
    """Properties of a grid component."""

    background_color: str | None
    """ The background color of the grid. """
    children: list[AppBuilderComponent] | None
    """ The child components of the grid. """
    is_visible: str | bool | None
    """ Whether the grid component and its children are visible. If a string, it must be a valid JavaScript
    expression that evaluates to a boolean. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        background_color: str | None | Unset = "default",
        children: list[AppBuilderComponent] | None | Unset = UNSET,
        is_visible: str | bool | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(background_color) is Unset:
            _absent |= 1
            self.background_color = None
        else:
            self.background_color = background_color
        if type(children) is Unset:
            _absent |= 2
            self.children = None
        else:
            self.children = children
        if type(is_visible) is Unset:
            _absent |= 4
            self.is_visible = None
        else:
            self.is_visible = is_visible
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.background_color is not None:
            field_dict["backgroundColor"] = self.background_color
        elif not self._absent & 1:
            field_dict["backgroundColor"] = None
        if self.children is not None:
            field_dict["children"] = [_v0.to_dict() for _v0 in self.children]
        elif not self._absent & 2:
            field_dict["children"] = None
        if self.is_visible is not None:
            field_dict["isVisible"] = _dump_is_visible(self.is_visible)
        elif not self._absent & 4:
            field_dict["isVisible"] = None
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
        background_color = d.get("backgroundColor", UNSET)
        if not isinstance(background_color, str):
            if background_color is UNSET:
                _absent |= 1
                background_color = None
            elif background_color is not None:
                _devs, _raw = _wrong(_devs, _raw, "backgroundColor", "a string", background_color)
                background_color = None
        children = d.get("children", UNSET)
        if children is UNSET:
            _absent |= 2
            children = None
        elif children is not None:
            _src = children
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    children = [AppBuilderComponent.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, AppBuilderComponent.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "children")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "children", _src, _e)
                children = None
            else:
                if any(map(_deviations_of, children)):
                    _devs = _lift_items(_devs, ("children",), children)
        is_visible = d.get("isVisible", UNSET)
        if is_visible is UNSET:
            _absent |= 4
            is_visible = None
        elif is_visible is not None:
            _src = is_visible
            try:
                is_visible = _parse_is_visible(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "isVisible")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "isVisible", _src, _e)
                is_visible = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_component_grid_properties = object.__new__(cls)
        app_builder_component_grid_properties.background_color = background_color
        app_builder_component_grid_properties.children = children
        app_builder_component_grid_properties.is_visible = is_visible
        app_builder_component_grid_properties._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            app_builder_component_grid_properties._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_component_grid_properties._extra)
        else:
            app_builder_component_grid_properties._extra = None
        app_builder_component_grid_properties._raw = _raw
        app_builder_component_grid_properties._deviations = () if _devs is None else tuple(_devs)
        return app_builder_component_grid_properties

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


_lazy_extra(AppBuilderComponentGridProperties)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "backgroundColor",
        "children",
        "isVisible",
    }
)


def _parse_is_visible(data: Any) -> str | bool:
    if isinstance(data, str):
        return data
    if isinstance(data, bool):
        return data
    raise ModelValidationError.expected(None, "a string or a boolean", data)


def _dump_is_visible(value: str | bool) -> Any:
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_component import AppBuilderComponent  # noqa: E402
