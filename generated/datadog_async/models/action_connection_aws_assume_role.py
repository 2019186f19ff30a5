from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_aws_assume_role_type import (
    ActionConnectionAWSAssumeRoleType,
)
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="ActionConnectionAWSAssumeRole")


@_attrs_define
class ActionConnectionAWSAssumeRole:
    """The definition of AWSAssumeRole object."""

    account_id: str
    """ AWS account the connection is created for """
    role: str
    """ Role to assume """
    type_: ActionConnectionAWSAssumeRoleType | str
    """ The definition of AWSAssumeRoleType object. """
    external_id: str | Unset = UNSET
    """ External ID used to scope which connection can be used to assume the role """
    principal_id: str | Unset = UNSET
    """ AWS account that will assume the role """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["account_id"] = self.account_id
        field_dict["role"] = self.role
        field_dict["type"] = self.type_
        if not isinstance(self.external_id, Unset):
            field_dict["external_id"] = self.external_id
        if not isinstance(self.principal_id, Unset):
            field_dict["principal_id"] = self.principal_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            account_id = d["account_id"]
            role = d["role"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(account_id, str):
            raise ModelValidationError.expected("account_id", "a string", account_id)
        if not isinstance(role, str):
            raise ModelValidationError.expected("role", "a string", role)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        _absent = 0  # optional fields not in the object
        external_id = d.get("external_id", UNSET)
        if not isinstance(external_id, str):
            if external_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("external_id", "a string", external_id)
        principal_id = d.get("principal_id", UNSET)
        if not isinstance(principal_id, str):
            if principal_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("principal_id", "a string", principal_id)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_aws_assume_role = cls(
            account_id,
            role,
            type_,
            external_id,
            principal_id,
        )
        if len(d) + _absent > 5:  # keys other than the fields above
            action_connection_aws_assume_role.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return action_connection_aws_assume_role

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
        "account_id",
        "role",
        "type",
        "external_id",
        "principal_id",
    }
)
