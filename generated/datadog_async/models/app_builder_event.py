from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_event_name import AppBuilderEventName, check_app_builder_event_name
from ..models.app_builder_event_type import AppBuilderEventType, check_app_builder_event_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppBuilderEvent")


@_attrs_define
class AppBuilderEvent:
    """An event to listen for on a component or downstream of a query."""

    name: AppBuilderEventName | Unset = UNSET
    """ The triggering action for the event. """
    type_: AppBuilderEventType | Unset = UNSET
    """ The response to the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: AppBuilderEventName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = check_app_builder_event_name(_name)

        _type_ = d.pop("type", UNSET)
        type_: AppBuilderEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_app_builder_event_type(_type_)

        app_builder_event = cls(
            name=name,
            type_=type_,
        )

        app_builder_event.additional_properties = d
        return app_builder_event

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
