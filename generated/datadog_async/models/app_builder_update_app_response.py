from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_app_definition import AppBuilderAppDefinition
    from ..models.app_builder_app_meta import AppBuilderAppMeta
    from ..models.app_builder_app_relationship import AppBuilderAppRelationship
    from ..models.app_builder_deployment import AppBuilderDeployment


T = TypeVar("T", bound="AppBuilderUpdateAppResponse")


@_attrs_define
class AppBuilderUpdateAppResponse:
    """The response object after an app is successfully updated."""

    data: AppBuilderAppDefinition | Unset = UNSET
    """ The data object containing the app definition. """
    included: list[AppBuilderDeployment] | Unset = UNSET
    """ Data on the version of the app that was published. """
    meta: AppBuilderAppMeta | Unset = UNSET
    """ Metadata of an app. """
    relationship: AppBuilderAppRelationship | Unset = UNSET
    """ The app's publication relationship and custom connections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        relationship: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship, Unset):
            relationship = self.relationship.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if included is not UNSET:
            field_dict["included"] = included
        if meta is not UNSET:
            field_dict["meta"] = meta
        if relationship is not UNSET:
            field_dict["relationship"] = relationship

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_app_definition import AppBuilderAppDefinition  # noqa: PLC0415
        from ..models.app_builder_app_meta import AppBuilderAppMeta  # noqa: PLC0415
        from ..models.app_builder_app_relationship import AppBuilderAppRelationship  # noqa: PLC0415
        from ..models.app_builder_deployment import AppBuilderDeployment  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: AppBuilderAppDefinition | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AppBuilderAppDefinition.from_dict(_data)

        _included = d.pop("included", UNSET)
        included: list[AppBuilderDeployment] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = AppBuilderDeployment.from_dict(included_item_data)

                included.append(included_item)

        _meta = d.pop("meta", UNSET)
        meta: AppBuilderAppMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = AppBuilderAppMeta.from_dict(_meta)

        _relationship = d.pop("relationship", UNSET)
        relationship: AppBuilderAppRelationship | Unset
        if isinstance(_relationship, Unset):
            relationship = UNSET
        else:
            relationship = AppBuilderAppRelationship.from_dict(_relationship)

        app_builder_update_app_response = cls(
            data=data,
            included=included,
            meta=meta,
            relationship=relationship,
        )

        app_builder_update_app_response.additional_properties = d
        return app_builder_update_app_response

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
