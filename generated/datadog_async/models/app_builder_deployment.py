from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_deployment_type import AppBuilderDeploymentType, check_app_builder_deployment_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_deployment_attributes import AppBuilderDeploymentAttributes
    from ..models.app_builder_deployment_meta import AppBuilderDeploymentMeta


T = TypeVar("T", bound="AppBuilderDeployment")


@_attrs_define
class AppBuilderDeployment:
    """Data on the version of the app that was published."""

    attributes: AppBuilderDeploymentAttributes | Unset = UNSET
    """ The attributes object containing the version ID of the published app. """
    id: UUID | Unset = UNSET
    """ The deployment ID. """
    meta: AppBuilderDeploymentMeta | Unset = UNSET
    """ Metadata object containing the publication creation information. """
    type_: AppBuilderDeploymentType | Unset = UNSET
    """ The deployment type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_deployment_attributes import AppBuilderDeploymentAttributes  # noqa: PLC0415
        from ..models.app_builder_deployment_meta import AppBuilderDeploymentMeta  # noqa: PLC0415

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: AppBuilderDeploymentAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AppBuilderDeploymentAttributes.from_dict(_attributes)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _meta = d.pop("meta", UNSET)
        meta: AppBuilderDeploymentMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = AppBuilderDeploymentMeta.from_dict(_meta)

        _type_ = d.pop("type", UNSET)
        type_: AppBuilderDeploymentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_app_builder_deployment_type(_type_)

        app_builder_deployment = cls(
            attributes=attributes,
            id=id,
            meta=meta,
            type_=type_,
        )

        app_builder_deployment.additional_properties = d
        return app_builder_deployment

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
