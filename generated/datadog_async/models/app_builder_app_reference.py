from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_app_definition_type import AppBuilderAppDefinitionType, check_app_builder_app_definition_type

T = TypeVar("T", bound="AppBuilderAppReference")


@_attrs_define
class AppBuilderAppReference:
    """The ID and type of an app."""

    id: UUID
    """ The ID of the app. """
    type_: AppBuilderAppDefinitionType
    """ The app definition type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = check_app_builder_app_definition_type(d.pop("type"))

        app_builder_app_reference = cls(
            id=id,
            type_=type_,
        )

        app_builder_app_reference.additional_properties = d
        return app_builder_app_reference

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
