from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_aws_integration_type import (
    ActionConnectionAWSIntegrationType,
    check_action_connection_aws_integration_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_connection_aws_assume_role_update import ActionConnectionAWSAssumeRoleUpdate


T = TypeVar("T", bound="ActionConnectionAWSIntegrationUpdate")


@_attrs_define
class ActionConnectionAWSIntegrationUpdate:
    """The definition of AWSIntegrationUpdate object."""

    type_: ActionConnectionAWSIntegrationType
    """ The definition of AWSIntegrationType object. """
    credentials: ActionConnectionAWSAssumeRoleUpdate | Unset = UNSET
    """ The definition of AWSAssumeRoleUpdate object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_connection_aws_assume_role_update import ActionConnectionAWSAssumeRoleUpdate  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_action_connection_aws_integration_type(d.pop("type"))

        _credentials = d.pop("credentials", UNSET)
        credentials: ActionConnectionAWSAssumeRoleUpdate | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = ActionConnectionAWSAssumeRoleUpdate.from_dict(_credentials)

        action_connection_aws_integration_update = cls(
            type_=type_,
            credentials=credentials,
        )

        action_connection_aws_integration_update.additional_properties = d
        return action_connection_aws_integration_update

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
