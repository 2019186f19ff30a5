from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_query_type import AppBuilderQueryType, check_app_builder_query_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_event import AppBuilderEvent


T = TypeVar("T", bound="AppBuilderQuery")


@_attrs_define
class AppBuilderQuery:
    """A query, such as an external action or a state variable, that the app uses."""

    id: UUID
    """ The ID of the query. """
    name: str
    """ The name of the query. The name must be unique within the app and is visible in the app editor. """
    type_: AppBuilderQueryType
    """ The query type. """
    events: list[AppBuilderEvent] | Unset = UNSET
    """ Events to listen for downstream of the query. """
    properties: Any | Unset = UNSET
    """ The properties of the query. The properties vary depending on the query type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_: str = self.type_

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_event import AppBuilderEvent  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        type_ = check_app_builder_query_type(d.pop("type"))

        _events = d.pop("events", UNSET)
        events: list[AppBuilderEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = AppBuilderEvent.from_dict(events_item_data)

                events.append(events_item)

        properties = d.pop("properties", UNSET)

        app_builder_query = cls(
            id=id,
            name=name,
            type_=type_,
            events=events,
            properties=properties,
        )

        app_builder_query.additional_properties = d
        return app_builder_query

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
