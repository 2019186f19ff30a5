from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _deviations_of,
    _extra_fields,
    _lazy_extra,
    _lift_items,
    _rejected,
    _wrong,
)

T = TypeVar("T", bound="AppBuilderAppDefinitionAttributes")


@_attrs_define(init=False)
class AppBuilderAppDefinitionAttributes(DatadogModel):
    """The app definition attributes, such as name, description, and components."""

    components: list[AppBuilderComponentGrid] | None
    """ The UI components that make up the app. """
    description: str | None
    """ A human-readable description for the app. """
    favorite: bool | None
    """ Whether the app is marked as a favorite by the current user. """
    name: str | None
    """ The name of the app. """
    queries: list[AppBuilderQuery] | None
    """ An array of queries, such as external actions and state variables, that the app uses. """
    root_instance_name: str | None
    """ The name of the root component of the app. This must be a grid component that contains all other components.
    """
    tags: list[str] | None
    """ A list of tags for the app, which can be used to filter apps. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        components: list[AppBuilderComponentGrid] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        favorite: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        queries: list[AppBuilderQuery] | None | Unset = UNSET,
        root_instance_name: str | None | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(components) is Unset:
            _absent |= 1
            self.components = None
        else:
            self.components = components
        if type(description) is Unset:
            _absent |= 2
            self.description = None
        else:
            self.description = description
        if type(favorite) is Unset:
            _absent |= 4
            self.favorite = None
        else:
            self.favorite = favorite
        if type(name) is Unset:
            _absent |= 8
            self.name = None
        else:
            self.name = name
        if type(queries) is Unset:
            _absent |= 16
            self.queries = None
        else:
            self.queries = queries
        if type(root_instance_name) is Unset:
            _absent |= 32
            self.root_instance_name = None
        else:
            self.root_instance_name = root_instance_name
        if type(tags) is Unset:
            _absent |= 64
            self.tags = None
        else:
            self.tags = tags
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.components is not None:
            field_dict["components"] = [_v0.to_dict() for _v0 in self.components]
        elif not self._absent & 1:
            field_dict["components"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif not self._absent & 2:
            field_dict["description"] = None
        if self.favorite is not None:
            field_dict["favorite"] = self.favorite
        elif not self._absent & 4:
            field_dict["favorite"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif not self._absent & 8:
            field_dict["name"] = None
        if self.queries is not None:
            field_dict["queries"] = [_v0.to_dict() for _v0 in self.queries]
        elif not self._absent & 16:
            field_dict["queries"] = None
        if self.root_instance_name is not None:
            field_dict["rootInstanceName"] = self.root_instance_name
        elif not self._absent & 32:
            field_dict["rootInstanceName"] = None
        if self.tags is not None:
            field_dict["tags"] = self.tags
        elif not self._absent & 64:
            field_dict["tags"] = None
        if self._raw:  # values of the wrong type, kept as they came (their fields read None)
            for _key, _value in self._raw.items():
                if field_dict.get(_key) is None:
                    field_dict[_key] = _value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _devs: list[Deviation] | None = None
        _raw: dict[str, Any] | None = None
        _absent = 0  # bit i: optional field i is not in the object
        components = d.get("components", UNSET)
        if components is UNSET:
            _absent |= 1
            components = None
        elif components is not None:
            _src = components
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    components = [AppBuilderComponentGrid.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, AppBuilderComponentGrid.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "components")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "components", _src, _e)
                components = None
            else:
                if any(map(_deviations_of, components)):
                    _devs = _lift_items(_devs, ("components",), components)
        description = d.get("description", UNSET)
        if not isinstance(description, str):
            if description is UNSET:
                _absent |= 2
                description = None
            elif description is not None:
                _devs, _raw = _wrong(_devs, _raw, "description", "a string", description)
                description = None
        favorite = d.get("favorite", UNSET)
        if not isinstance(favorite, bool):
            if favorite is UNSET:
                _absent |= 4
                favorite = None
            elif favorite is not None:
                _devs, _raw = _wrong(_devs, _raw, "favorite", "a boolean", favorite)
                favorite = None
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent |= 8
                name = None
            elif name is not None:
                _devs, _raw = _wrong(_devs, _raw, "name", "a string", name)
                name = None
        queries = d.get("queries", UNSET)
        if queries is UNSET:
            _absent |= 16
            queries = None
        elif queries is not None:
            _src = queries
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    queries = [AppBuilderQuery.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, AppBuilderQuery.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "queries")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "queries", _src, _e)
                queries = None
            else:
                if any(map(_deviations_of, queries)):
                    _devs = _lift_items(_devs, ("queries",), queries)
        root_instance_name = d.get("rootInstanceName", UNSET)
        if not isinstance(root_instance_name, str):
            if root_instance_name is UNSET:
                _absent |= 32
                root_instance_name = None
            elif root_instance_name is not None:
                _devs, _raw = _wrong(_devs, _raw, "rootInstanceName", "a string", root_instance_name)
                root_instance_name = None
        tags = d.get("tags", UNSET)
        if tags is UNSET:
            _absent |= 64
            tags = None
        elif tags is not None:
            _src = tags
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                for _v0 in _src:
                    if not isinstance(_v0, str):
                        raise ModelValidationError.expected_item(None, _src, _v0, "a string")
                tags = _src
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "tags")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "tags", _src, _e)
                tags = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_app_definition_attributes = object.__new__(cls)
        app_builder_app_definition_attributes.components = components
        app_builder_app_definition_attributes.description = description
        app_builder_app_definition_attributes.favorite = favorite
        app_builder_app_definition_attributes.name = name
        app_builder_app_definition_attributes.queries = queries
        app_builder_app_definition_attributes.root_instance_name = root_instance_name
        app_builder_app_definition_attributes.tags = tags
        app_builder_app_definition_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 7:  # other keys
            app_builder_app_definition_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_app_definition_attributes._extra)
        else:
            app_builder_app_definition_attributes._extra = None
        app_builder_app_definition_attributes._raw = _raw
        app_builder_app_definition_attributes._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(AppBuilderAppDefinitionAttributes)


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
