from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderAppSummaryAttributes")


@_attrs_define
class AppBuilderAppSummaryAttributes:
    """Basic information about the app such as name, description, and tags."""

    description: str | Unset = UNSET
    """ A human-readable description for the app. """
    favorite: bool | Unset = UNSET
    """ Whether the app is marked as a favorite by the current user. """
    name: str | Unset = UNSET
    """ The name of the app. """
    self_service: bool | Unset = UNSET
    """ Whether the app is enabled for use in the Datadog self-service hub. """
    tags: list[str] | Unset = UNSET
    """ A list of tags for the app, which can be used to filter apps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.favorite, Unset):
            field_dict["favorite"] = self.favorite
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.self_service, Unset):
            field_dict["selfService"] = self.self_service
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
        self_service = d.get("selfService", UNSET)
        if not isinstance(self_service, bool):
            if self_service is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("selfService", "a boolean", self_service)
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
        app_builder_app_summary_attributes = cls(
            description,
            favorite,
            name,
            self_service,
            tags,
        )
        if len(d) + _absent > 5:  # keys other than the fields above
            app_builder_app_summary_attributes.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return app_builder_app_summary_attributes

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
        "description",
        "favorite",
        "name",
        "selfService",
        "tags",
    }
)
