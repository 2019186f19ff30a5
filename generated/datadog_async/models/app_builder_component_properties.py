from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderComponentProperties")


@_attrs_define
class AppBuilderComponentProperties:
    """Properties of a UI component. Different component types can have their own additional unique properties. See the
    components documentation for more detail on each component type and its properties.

    """

    children: list[AppBuilderComponent] | Unset = UNSET
    """ The child components of the UI component. """
    is_visible: bool | str | Unset = UNSET
    """ Whether the UI component is visible. If this is a string, it must be a valid JavaScript expression that
    evaluates to a boolean. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.children, Unset):
            field_dict["children"] = [_v0.to_dict() for _v0 in self.children]
        if not isinstance(self.is_visible, Unset):
            field_dict["isVisible"] = _dump_is_visible(self.is_visible)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        children = d.get("children", UNSET)
        if children is UNSET:
            _absent += 1
        else:
            if not isinstance(children, list):
                raise ModelValidationError.expected("children", "an array", children)
            try:
                children = [AppBuilderComponent.from_dict(_v0) for _v0 in children]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, children, AppBuilderComponent.from_dict)
                _e.path.insert(0, "children")
                raise
        is_visible = d.get("isVisible", UNSET)
        if is_visible is not UNSET:
            try:
                is_visible = _parse_is_visible(is_visible)
            except ModelValidationError as _e:
                _e.path.insert(0, "isVisible")
                raise

        else:
            _absent += 1

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_component_properties = cls(
            children,
            is_visible,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            app_builder_component_properties.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return app_builder_component_properties

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
        "children",
        "isVisible",
    }
)


def _parse_is_visible(data: Any) -> bool | str:
    if isinstance(data, bool):
        return data
    if isinstance(data, str):
        return data
    raise ModelValidationError.expected(None, "a boolean or a string", data)


def _dump_is_visible(value: bool | str) -> Any:
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_component import AppBuilderComponent  # noqa: E402
