from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_component_grid import AppBuilderComponentGrid
    from ..models.app_builder_query import AppBuilderQuery


T = TypeVar("T", bound="AppBuilderUpdateAppRequestAttributes")


@_attrs_define
class AppBuilderUpdateAppRequestAttributes:
    """App definition attributes to be updated, such as name, description, and components."""

    components: list[AppBuilderComponentGrid] | Unset = UNSET
    """ The new UI components that make up the app. If this field is set, all existing components are replaced with
    the new components under this field. """
    description: str | Unset = UNSET
    """ The new human-readable description for the app. """
    name: str | Unset = UNSET
    """ The new name of the app. """
    queries: list[AppBuilderQuery] | Unset = UNSET
    """ The new array of queries, such as external actions and state variables, that the app uses. If this field is
    set, all existing queries are replaced with the new queries under this field. """
    root_instance_name: str | Unset = UNSET
    """ The new name of the root component of the app. This must be a grid component that contains all other
    components. """
    tags: list[str] | Unset = UNSET
    """ The new list of tags for the app, which can be used to filter apps. If this field is set, any existing tags
    not included in the request are removed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        description = self.description

        name = self.name

        queries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = []
            for queries_item_data in self.queries:
                queries_item = queries_item_data.to_dict()
                queries.append(queries_item)

        root_instance_name = self.root_instance_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if queries is not UNSET:
            field_dict["queries"] = queries
        if root_instance_name is not UNSET:
            field_dict["rootInstanceName"] = root_instance_name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_component_grid import AppBuilderComponentGrid  # noqa: PLC0415
        from ..models.app_builder_query import AppBuilderQuery  # noqa: PLC0415

        d = dict(src_dict)
        _components = d.pop("components", UNSET)
        components: list[AppBuilderComponentGrid] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = AppBuilderComponentGrid.from_dict(components_item_data)

                components.append(components_item)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        _queries = d.pop("queries", UNSET)
        queries: list[AppBuilderQuery] | Unset = UNSET
        if _queries is not UNSET:
            queries = []
            for queries_item_data in _queries:
                queries_item = AppBuilderQuery.from_dict(queries_item_data)

                queries.append(queries_item)

        root_instance_name = d.pop("rootInstanceName", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        app_builder_update_app_request_attributes = cls(
            components=components,
            description=description,
            name=name,
            queries=queries,
            root_instance_name=root_instance_name,
            tags=tags,
        )

        app_builder_update_app_request_attributes.additional_properties = d
        return app_builder_update_app_request_attributes

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
