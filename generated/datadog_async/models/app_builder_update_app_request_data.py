from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_app_definition_type import AppBuilderAppDefinitionType, check_app_builder_app_definition_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_update_app_request_attributes import AppBuilderUpdateAppRequestAttributes


T = TypeVar("T", bound="AppBuilderUpdateAppRequestData")


@_attrs_define
class AppBuilderUpdateAppRequestData:
    """The data object containing the new app definition. Any fields not included in the request remain unchanged."""

    type_: AppBuilderAppDefinitionType
    """ The app definition type. """
    attributes: AppBuilderUpdateAppRequestAttributes | Unset = UNSET
    """ App definition attributes to be updated, such as name, description, and components. """
    id: UUID | Unset = UNSET
    """ The ID of the app to update. The app ID must match the ID in the URL path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_update_app_request_attributes import AppBuilderUpdateAppRequestAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_app_builder_app_definition_type(d.pop("type"))

        _attributes = d.pop("attributes", UNSET)
        attributes: AppBuilderUpdateAppRequestAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AppBuilderUpdateAppRequestAttributes.from_dict(_attributes)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        app_builder_update_app_request_data = cls(
            type_=type_,
            attributes=attributes,
            id=id,
        )

        app_builder_update_app_request_data.additional_properties = d
        return app_builder_update_app_request_data

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
