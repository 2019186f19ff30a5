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

T = TypeVar("T", bound="ActionConnectionAWSAssumeRole")


@_attrs_define
class ActionConnectionAWSAssumeRole:
    """The definition of AWSAssumeRole object."""

    account_id: str
    """ AWS account the connection is created for """
    role: str
    """ Role to assume """
    type_: ActionConnectionAWSAssumeRoleType
    """ The definition of AWSAssumeRoleType object. """
    external_id: str | Unset = UNSET
    """ External ID used to scope which connection can be used to assume the role """
    principal_id: str | Unset = UNSET
    """ AWS account that will assume the role """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        role = self.role

        type_: str = self.type_

        external_id = self.external_id

        principal_id = self.principal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "role": role,
                "type": type_,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if principal_id is not UNSET:
            field_dict["principal_id"] = principal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        role = d.pop("role")

        type_ = check_action_connection_aws_assume_role_type(d.pop("type"))

        external_id = d.pop("external_id", UNSET)

        principal_id = d.pop("principal_id", UNSET)

        action_connection_aws_assume_role = cls(
            account_id=account_id,
            role=role,
            type_=type_,
            external_id=external_id,
            principal_id=principal_id,
        )

        action_connection_aws_assume_role.additional_properties = d
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
