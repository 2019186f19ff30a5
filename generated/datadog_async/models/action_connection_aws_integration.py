from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_aws_integration_type import (
    ActionConnectionAWSIntegrationType,
)
from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="ActionConnectionAWSIntegration")


@_attrs_define
class ActionConnectionAWSIntegration:
    """The definition of AWSIntegration object."""

    credentials: ActionConnectionAWSAssumeRole
    """ The definition of AWSAssumeRole object. """
    type_: ActionConnectionAWSIntegrationType | str
    """ The definition of AWSIntegrationType object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["credentials"] = self.credentials.to_dict()
        field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            credentials = d["credentials"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            credentials = ActionConnectionAWSAssumeRole.from_dict(credentials)
        except ModelValidationError as _e:
            _e.path.insert(0, "credentials")
            raise
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_aws_integration = cls(
            credentials,
            type_,
        )
        if len(d) > 2:  # keys other than the fields above
            action_connection_aws_integration.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "credentials",
        "type",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.action_connection_aws_assume_role import ActionConnectionAWSAssumeRole  # noqa: E402
