from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_component_grid_type import AppBuilderComponentGridType
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderComponentGrid")


@_attrs_define
class AppBuilderComponentGrid:
    """A grid component, the root of the app's component tree (`rootInstanceName` names it)."""

    name: str
    """ A unique identifier for this grid component. This name is also visible in the app editor. """
    properties: AppBuilderComponentGridProperties
    """ Properties of a grid component. """
    type_: AppBuilderComponentGridType | str
    """ The grid component type. """
    events: list[AppBuilderEvent] | Unset = UNSET
    """ Events to listen for on the grid component. """
    id: str | Unset = UNSET
    """ The ID of the grid component. This property is deprecated; use name to identify individual components
    instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["properties"] = self.properties.to_dict()
        field_dict["type"] = self.type_
        if not isinstance(self.events, Unset):
            field_dict["events"] = [_v0.to_dict() for _v0 in self.events]
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
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
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        _absent = 0  # optional fields not in the object
        events = d.get("events", UNSET)
        if events is UNSET:
            _absent += 1
        else:
            if not isinstance(events, list):
                raise ModelValidationError.expected("events", "an array", events)
            try:
                events = [AppBuilderEvent.from_dict(_v0) for _v0 in events]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, events, AppBuilderEvent.from_dict)
                _e.path.insert(0, "events")
                raise
        id = d.get("id", UNSET)
        if not isinstance(id, str):
            if id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("id", "a string", id)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_component_grid = cls(
            name,
            properties,
            type_,
            events,
            id,
        )
        if len(d) + _absent > 5:  # keys other than the fields above
            app_builder_component_grid.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
