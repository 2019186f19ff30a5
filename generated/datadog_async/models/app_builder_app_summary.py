from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_app_definition_type import AppBuilderAppDefinitionType, check_app_builder_app_definition_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_app_meta import AppBuilderAppMeta
    from ..models.app_builder_app_summary_attributes import AppBuilderAppSummaryAttributes
    from ..models.app_builder_app_summary_relationships import AppBuilderAppSummaryRelationships


T = TypeVar("T", bound="AppBuilderAppSummary")


@_attrs_define
class AppBuilderAppSummary:
    """An app definition as listed (basic information only)."""

    attributes: AppBuilderAppSummaryAttributes
    """ Basic information about the app such as name, description, and tags. """
    id: UUID
    """ The ID of the app. """
    type_: AppBuilderAppDefinitionType
    """ The app definition type. """
    meta: AppBuilderAppMeta | Unset = UNSET
    """ Metadata of an app. """
    relationships: AppBuilderAppSummaryRelationships | Unset = UNSET
    """ The app's publication information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes.to_dict()

        id = str(self.id)

        type_: str = self.type_

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "id": id,
                "type": type_,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_app_meta import AppBuilderAppMeta  # noqa: PLC0415
        from ..models.app_builder_app_summary_attributes import AppBuilderAppSummaryAttributes  # noqa: PLC0415
        from ..models.app_builder_app_summary_relationships import AppBuilderAppSummaryRelationships  # noqa: PLC0415

        d = dict(src_dict)
        attributes = AppBuilderAppSummaryAttributes.from_dict(d.pop("attributes"))

        id = UUID(d.pop("id"))

        type_ = check_app_builder_app_definition_type(d.pop("type"))

        _meta = d.pop("meta", UNSET)
        meta: AppBuilderAppMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = AppBuilderAppMeta.from_dict(_meta)

        _relationships = d.pop("relationships", UNSET)
        relationships: AppBuilderAppSummaryRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = AppBuilderAppSummaryRelationships.from_dict(_relationships)

        app_builder_app_summary = cls(
            attributes=attributes,
            id=id,
            type_=type_,
            meta=meta,
            relationships=relationships,
        )

        app_builder_app_summary.additional_properties = d
        return app_builder_app_summary

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
