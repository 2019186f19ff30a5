from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderAppDefinitionAttributes")


@_attrs_define
class AppBuilderAppDefinitionAttributes:
    """The app definition attributes, such as name, description, and components."""

    components: list[AppBuilderComponentGrid] | Unset = UNSET
    """ The UI components that make up the app. """
    description: str | Unset = UNSET
    """ A human-readable description for the app. """
    favorite: bool | Unset = UNSET
    """ Whether the app is marked as a favorite by the current user. """
    name: str | Unset = UNSET
    """ The name of the app. """
    queries: list[AppBuilderQuery] | Unset = UNSET
    """ An array of queries, such as external actions and state variables, that the app uses. """
    root_instance_name: str | Unset = UNSET
    """ The name of the root component of the app. This must be a grid component that contains all other components.
    """
    tags: list[str] | Unset = UNSET
    """ A list of tags for the app, which can be used to filter apps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.components, Unset):
            field_dict["components"] = [_v0.to_dict() for _v0 in self.components]
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.favorite, Unset):
            field_dict["favorite"] = self.favorite
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.queries, Unset):
            field_dict["queries"] = [_v0.to_dict() for _v0 in self.queries]
        if not isinstance(self.root_instance_name, Unset):
            field_dict["rootInstanceName"] = self.root_instance_name
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        components = d.get("components", UNSET)
        if components is UNSET:
            _absent += 1
        else:
            if not isinstance(components, list):
                raise ModelValidationError.expected("components", "an array", components)
            try:
                components = [AppBuilderComponentGrid.from_dict(_v0) for _v0 in components]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, components, AppBuilderComponentGrid.from_dict)
                _e.path.insert(0, "components")
                raise
        description = d.get("description", UNSET)
        if not isinstance(description, str):
            if description is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("description", "a string", description)
        favorite = d.get("favorite", UNSET)
        if not isinstance(favorite, bool):
            if favorite is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("favorite", "a boolean", favorite)
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("name", "a string", name)
        queries = d.get("queries", UNSET)
        if queries is UNSET:
            _absent += 1
        else:
            if not isinstance(queries, list):
                raise ModelValidationError.expected("queries", "an array", queries)
            try:
                queries = [AppBuilderQuery.from_dict(_v0) for _v0 in queries]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, queries, AppBuilderQuery.from_dict)
                _e.path.insert(0, "queries")
                raise
        root_instance_name = d.get("rootInstanceName", UNSET)
        if not isinstance(root_instance_name, str):
            if root_instance_name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("rootInstanceName", "a string", root_instance_name)
        tags = d.get("tags", UNSET)
        if tags is UNSET:
            _absent += 1
        else:
            if not isinstance(tags, list):
                raise ModelValidationError.expected("tags", "an array", tags)
            for _v0 in tags:
                if not isinstance(_v0, str):
                    raise ModelValidationError.expected_item("tags", tags, _v0, "a string")

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_app_definition_attributes = cls(
            components,
            description,
            favorite,
            name,
            queries,
            root_instance_name,
            tags,
        )
        if len(d) + _absent > 7:  # keys other than the fields above
            app_builder_app_definition_attributes.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return app_builder_app_definition_attributes

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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "components",
        "description",
        "favorite",
        "name",
        "queries",
        "rootInstanceName",
        "tags",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_component_grid import AppBuilderComponentGrid  # noqa: E402
from ..models.app_builder_query import AppBuilderQuery  # noqa: E402
