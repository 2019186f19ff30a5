from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_aws_assume_role_type import (
    ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES,
    ActionConnectionAWSAssumeRoleType,
)
from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="ActionConnectionAWSAssumeRole")


@_attrs_define(init=False)
class ActionConnectionAWSAssumeRole(DatadogModel):
    """The definition of AWSAssumeRole object."""

    account_id: str
    """ AWS account the connection is created for """
    role: str
    """ Role to assume """
    type_: ActionConnectionAWSAssumeRoleType | str
    """ The definition of AWSAssumeRoleType object. """
    external_id: str | None
    """ External ID used to scope which connection can be used to assume the role """
    principal_id: str | None
    """ AWS account that will assume the role """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        account_id: str,
        role: str,
        type_: ActionConnectionAWSAssumeRoleType = "AWSAssumeRole",
        external_id: str | None | Unset = UNSET,
        principal_id: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.account_id = account_id
        self.role = role
        self.type_ = type_
        _absent = 0
        if type(external_id) is Unset:
            _absent |= 1
            self.external_id = None
        else:
            self.external_id = external_id
        if type(principal_id) is Unset:
            _absent |= 2
            self.principal_id = None
        else:
            self.principal_id = principal_id
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["account_id"] = self.account_id
        field_dict["role"] = self.role
        field_dict["type"] = self.type_
        if self.external_id is not None:
            field_dict["external_id"] = self.external_id
        elif not self._absent & 1:
            field_dict["external_id"] = None
        if self.principal_id is not None:
            field_dict["principal_id"] = self.principal_id
        elif not self._absent & 2:
            field_dict["principal_id"] = None
        if self._raw:  # values of the wrong type, kept as they came (their fields read None)
            for _key, _value in self._raw.items():
                if field_dict.get(_key) is None:
                    field_dict[_key] = _value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _devs: list[Deviation] | None = None
        _raw: dict[str, Any] | None = None
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
        if type_ != "AWSAssumeRole":
            _devs = _unknown_value(_devs, ("type",), ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES, type_)
        _absent = 0  # bit i: optional field i is not in the object
        external_id = d.get("external_id", UNSET)
        if not isinstance(external_id, str):
            if external_id is UNSET:
                _absent |= 1
                external_id = None
            elif external_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "external_id", "a string", external_id)
                external_id = None
        principal_id = d.get("principal_id", UNSET)
        if not isinstance(principal_id, str):
            if principal_id is UNSET:
                _absent |= 2
                principal_id = None
            elif principal_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "principal_id", "a string", principal_id)
                principal_id = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        action_connection_aws_assume_role = object.__new__(cls)
        action_connection_aws_assume_role.account_id = account_id
        action_connection_aws_assume_role.role = role
        action_connection_aws_assume_role.type_ = type_
        action_connection_aws_assume_role.external_id = external_id
        action_connection_aws_assume_role.principal_id = principal_id
        action_connection_aws_assume_role._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 5:  # other keys
            action_connection_aws_assume_role._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, action_connection_aws_assume_role._extra)
        else:
            action_connection_aws_assume_role._extra = None
        action_connection_aws_assume_role._raw = _raw
        action_connection_aws_assume_role._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(ActionConnectionAWSAssumeRole)


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
