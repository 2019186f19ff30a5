from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_component_grid_type import AppBuilderComponentGridType, check_app_builder_component_grid_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_component_grid_properties import AppBuilderComponentGridProperties
    from ..models.app_builder_event import AppBuilderEvent


T = TypeVar("T", bound="AppBuilderComponentGrid")


@_attrs_define
class AppBuilderComponentGrid:
    """A grid component, the root of the app's component tree (`rootInstanceName` names it)."""

    name: str
    """ A unique identifier for this grid component. This name is also visible in the app editor. """
    properties: AppBuilderComponentGridProperties
    """ Properties of a grid component. """
    type_: AppBuilderComponentGridType
    """ The grid component type. """
    events: list[AppBuilderEvent] | Unset = UNSET
    """ Events to listen for on the grid component. """
    id: str | Unset = UNSET
    """ The ID of the grid component. This property is deprecated; use name to identify individual components
    instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        properties = self.properties.to_dict()

        type_: str = self.type_

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "properties": properties,
                "type": type_,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_component_grid_properties import AppBuilderComponentGridProperties  # noqa: PLC0415
        from ..models.app_builder_event import AppBuilderEvent  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        properties = AppBuilderComponentGridProperties.from_dict(d.pop("properties"))

        type_ = check_app_builder_component_grid_type(d.pop("type"))

        _events = d.pop("events", UNSET)
        events: list[AppBuilderEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = AppBuilderEvent.from_dict(events_item_data)

                events.append(events_item)

        id = d.pop("id", UNSET)

        app_builder_component_grid = cls(
            name=name,
            properties=properties,
            type_=type_,
            events=events,
            id=id,
        )

        app_builder_component_grid.additional_properties = d
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
