from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppBuilderAppSummaryAttributes")


@_attrs_define
class AppBuilderAppSummaryAttributes:
    """Basic information about the app such as name, description, and tags."""

    description: str | Unset = UNSET
    """ A human-readable description for the app. """
    favorite: bool | Unset = UNSET
    """ Whether the app is marked as a favorite by the current user. """
    name: str | Unset = UNSET
    """ The name of the app. """
    self_service: bool | Unset = UNSET
    """ Whether the app is enabled for use in the Datadog self-service hub. """
    tags: list[str] | Unset = UNSET
    """ A list of tags for the app, which can be used to filter apps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        favorite = self.favorite

        name = self.name

        self_service = self.self_service

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if favorite is not UNSET:
            field_dict["favorite"] = favorite
        if name is not UNSET:
            field_dict["name"] = name
        if self_service is not UNSET:
            field_dict["selfService"] = self_service
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        favorite = d.pop("favorite", UNSET)

        name = d.pop("name", UNSET)

        self_service = d.pop("selfService", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        app_builder_app_summary_attributes = cls(
            description=description,
            favorite=favorite,
            name=name,
            self_service=self_service,
            tags=tags,
        )

        app_builder_app_summary_attributes.additional_properties = d
        return app_builder_app_summary_attributes

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
