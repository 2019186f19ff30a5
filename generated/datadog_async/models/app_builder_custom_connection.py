from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_custom_connection_type import (
    AppBuilderCustomConnectionType,
)
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderCustomConnection")


@_attrs_define
class AppBuilderCustomConnection:
    """One of the custom connections used by the app."""

    attributes: AppBuilderCustomConnectionAttributes | Unset = UNSET
    """ The custom connection attributes. """
    id: UUID | Unset = UNSET
    """ The ID of the custom connection. """
    type_: AppBuilderCustomConnectionType | str | Unset = UNSET
    """ The custom connection type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.attributes, Unset):
            field_dict["attributes"] = self.attributes.to_dict()
        if not isinstance(self.id, Unset):
            field_dict["id"] = str(self.id)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        attributes = d.get("attributes", UNSET)
        if attributes is UNSET:
            _absent += 1
        else:
            try:
                attributes = AppBuilderCustomConnectionAttributes.from_dict(attributes)
            except ModelValidationError as _e:
                _e.path.insert(0, "attributes")
                raise
        id = d.get("id", UNSET)
        if isinstance(id, str):
            try:
                id = UUID(id)
            except ValueError:
                raise ModelValidationError.expected("id", "a UUID string", id) from None
        elif id is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("id", "a UUID string", id)
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("type", "a string", type_)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_custom_connection = cls(
            attributes,
            id,
            type_,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            app_builder_custom_connection.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return app_builder_custom_connection

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
        "attributes",
        "id",
        "type",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_custom_connection_attributes import AppBuilderCustomConnectionAttributes  # noqa: E402
