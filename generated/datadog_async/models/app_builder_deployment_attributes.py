from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppBuilderDeploymentAttributes")


@_attrs_define
class AppBuilderDeploymentAttributes:
    """The attributes object containing the version ID of the published app."""

    app_version_id: UUID | Unset = UNSET
    """ The version ID of the app that was published. For an unpublished app, this is always the nil UUID
    (00000000-0000-0000-0000-000000000000). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_version_id: str | Unset = UNSET
        if not isinstance(self.app_version_id, Unset):
            app_version_id = str(self.app_version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_version_id is not UNSET:
            field_dict["app_version_id"] = app_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _app_version_id = d.pop("app_version_id", UNSET)
        app_version_id: UUID | Unset
        if isinstance(_app_version_id, Unset):
            app_version_id = UNSET
        else:
            app_version_id = UUID(_app_version_id)

        app_builder_deployment_attributes = cls(
            app_version_id=app_version_id,
        )

        app_builder_deployment_attributes.additional_properties = d
        return app_builder_deployment_attributes

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
