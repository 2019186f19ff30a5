from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_component import AppBuilderComponent


T = TypeVar("T", bound="AppBuilderComponentGridProperties")


@_attrs_define
class AppBuilderComponentGridProperties:
    """Properties of a grid component."""

    background_color: str | Unset = "default"
    """ The background color of the grid. """
    children: list[AppBuilderComponent] | Unset = UNSET
    """ The child components of the grid. """
    is_visible: bool | str | Unset = UNSET
    """ Whether the grid component and its children are visible. If a string, it must be a valid JavaScript
    expression that evaluates to a boolean. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_color = self.background_color

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        is_visible: bool | str | Unset
        if isinstance(self.is_visible, Unset):
            is_visible = UNSET
        else:
            is_visible = self.is_visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_color is not UNSET:
            field_dict["backgroundColor"] = background_color
        if children is not UNSET:
            field_dict["children"] = children
        if is_visible is not UNSET:
            field_dict["isVisible"] = is_visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_component import AppBuilderComponent  # noqa: PLC0415

        d = dict(src_dict)
        background_color = d.pop("backgroundColor", UNSET)

        _children = d.pop("children", UNSET)
        children: list[AppBuilderComponent] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = AppBuilderComponent.from_dict(children_item_data)

                children.append(children_item)

        def _parse_is_visible(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        is_visible = _parse_is_visible(d.pop("isVisible", UNSET))

        app_builder_component_grid_properties = cls(
            background_color=background_color,
            children=children,
            is_visible=is_visible,
        )

        app_builder_component_grid_properties.additional_properties = d
        return app_builder_component_grid_properties

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
