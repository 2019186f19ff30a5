from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_aws_assume_role_type import (
    ActionConnectionAWSAssumeRoleType,
    check_action_connection_aws_assume_role_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionConnectionAWSAssumeRoleUpdate")


@_attrs_define
class ActionConnectionAWSAssumeRoleUpdate:
    """The definition of AWSAssumeRoleUpdate object."""

    type_: ActionConnectionAWSAssumeRoleType
    """ The definition of AWSAssumeRoleType object. """
    account_id: str | Unset = UNSET
    """ AWS account the connection is created for """
    generate_new_external_id: bool | Unset = UNSET
    """ The AWSAssumeRoleUpdate generate_new_external_id. """
    role: str | Unset = UNSET
    """ Role to assume """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        account_id = self.account_id

        generate_new_external_id = self.generate_new_external_id

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if generate_new_external_id is not UNSET:
            field_dict["generate_new_external_id"] = generate_new_external_id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_action_connection_aws_assume_role_type(d.pop("type"))

        account_id = d.pop("account_id", UNSET)

        generate_new_external_id = d.pop("generate_new_external_id", UNSET)

        role = d.pop("role", UNSET)

        action_connection_aws_assume_role_update = cls(
            type_=type_,
            account_id=account_id,
            generate_new_external_id=generate_new_external_id,
            role=role,
        )

        action_connection_aws_assume_role_update.additional_properties = d
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
