from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_aws_assume_role_type import (
    ActionConnectionAWSAssumeRoleType,
)
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="ActionConnectionAWSAssumeRoleUpdate")


@_attrs_define
class ActionConnectionAWSAssumeRoleUpdate:
    """The definition of AWSAssumeRoleUpdate object."""

    type_: ActionConnectionAWSAssumeRoleType | str
    """ The definition of AWSAssumeRoleType object. """
    account_id: str | Unset = UNSET
    """ AWS account the connection is created for """
    generate_new_external_id: bool | Unset = UNSET
    """ The AWSAssumeRoleUpdate generate_new_external_id. """
    role: str | Unset = UNSET
    """ Role to assume """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        if not isinstance(self.account_id, Unset):
            field_dict["account_id"] = self.account_id
        if not isinstance(self.generate_new_external_id, Unset):
            field_dict["generate_new_external_id"] = self.generate_new_external_id
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        _absent = 0  # optional fields not in the object
        account_id = d.get("account_id", UNSET)
        if not isinstance(account_id, str):
            if account_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("account_id", "a string", account_id)
        generate_new_external_id = d.get("generate_new_external_id", UNSET)
        if not isinstance(generate_new_external_id, bool):
            if generate_new_external_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("generate_new_external_id", "a boolean", generate_new_external_id)
        role = d.get("role", UNSET)
        if not isinstance(role, str):
            if role is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("role", "a string", role)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_aws_assume_role_update = cls(
            type_,
            account_id,
            generate_new_external_id,
            role,
        )
        if len(d) + _absent > 4:  # keys other than the fields above
            action_connection_aws_assume_role_update.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return action_connection_aws_assume_role_update

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
        "type",
        "account_id",
        "generate_new_external_id",
        "role",
    }
)
