from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_token_type import ActionConnectionTokenType
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="ActionConnectionHTTPTokenUpdate")


@_attrs_define
class ActionConnectionHTTPTokenUpdate:
    """A token change of an HTTPTokenAuthUpdate."""

    name: str
    """ The HTTPToken name. """
    type_: ActionConnectionTokenType | str
    """ The definition of TokenType object. """
    value: str
    """ The HTTPToken value. """
    deleted: bool | Unset = UNSET
    """ Should the header be deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["type"] = self.type_
        field_dict["value"] = self.value
        if not isinstance(self.deleted, Unset):
            field_dict["deleted"] = self.deleted
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            name = d["name"]
            type_ = d["type"]
            value = d["value"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        if not isinstance(value, str):
            raise ModelValidationError.expected("value", "a string", value)
        _absent = 0  # optional fields not in the object
        deleted = d.get("deleted", UNSET)
        if not isinstance(deleted, bool):
            if deleted is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("deleted", "a boolean", deleted)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_http_token_update = cls(
            name,
            type_,
            value,
            deleted,
        )
        if len(d) + _absent > 4:  # keys other than the fields above
            action_connection_http_token_update.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return action_connection_http_token_update

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
        "name",
        "type",
        "value",
        "deleted",
    }
)
