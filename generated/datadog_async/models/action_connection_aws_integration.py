from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_aws_integration_type import (
    ActionConnectionAWSIntegrationType,
    check_action_connection_aws_integration_type,
)

if TYPE_CHECKING:
    from ..models.action_connection_aws_assume_role import ActionConnectionAWSAssumeRole


T = TypeVar("T", bound="ActionConnectionAWSIntegration")


@_attrs_define
class ActionConnectionAWSIntegration:
    """The definition of AWSIntegration object."""

    credentials: ActionConnectionAWSAssumeRole
    """ The definition of AWSAssumeRole object. """
    type_: ActionConnectionAWSIntegrationType
    """ The definition of AWSIntegrationType object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials = self.credentials.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentials": credentials,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_connection_aws_assume_role import ActionConnectionAWSAssumeRole  # noqa: PLC0415

        d = dict(src_dict)
        credentials = ActionConnectionAWSAssumeRole.from_dict(d.pop("credentials"))

        type_ = check_action_connection_aws_integration_type(d.pop("type"))

        action_connection_aws_integration = cls(
            credentials=credentials,
            type_=type_,
        )

        action_connection_aws_integration.additional_properties = d
        return action_connection_aws_integration

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
