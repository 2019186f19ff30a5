from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="ActionConnectionHTTPBody")


@_attrs_define
class ActionConnectionHTTPBody:
    """The definition of HTTPBody object."""

    content: str | Unset = UNSET
    """ Serialized body content """
    content_type: str | Unset = UNSET
    """ Content type of the body """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.content, Unset):
            field_dict["content"] = self.content
        if not isinstance(self.content_type, Unset):
            field_dict["content_type"] = self.content_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        content = d.get("content", UNSET)
        if not isinstance(content, str):
            if content is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("content", "a string", content)
        content_type = d.get("content_type", UNSET)
        if not isinstance(content_type, str):
            if content_type is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("content_type", "a string", content_type)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_http_body = cls(
            content,
            content_type,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            action_connection_http_body.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return action_connection_http_body

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
        "content",
        "content_type",
    }
)
