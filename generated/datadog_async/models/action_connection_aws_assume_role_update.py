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

T = TypeVar("T", bound="ActionConnectionAWSAssumeRoleUpdate")


@_attrs_define(init=False)
class ActionConnectionAWSAssumeRoleUpdate(DatadogModel):
    """The definition of AWSAssumeRoleUpdate object."""

    type_: ActionConnectionAWSAssumeRoleType | str
    """ The definition of AWSAssumeRoleType object. """
    account_id: str | None
    """ AWS account the connection is created for """
    generate_new_external_id: bool | None
    """ The AWSAssumeRoleUpdate generate_new_external_id. """
    role: str | None
    """ Role to assume """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        type_: ActionConnectionAWSAssumeRoleType = "AWSAssumeRole",
        account_id: str | None | Unset = UNSET,
        generate_new_external_id: bool | None | Unset = UNSET,
        role: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.type_ = type_
        _absent = 0
        if type(account_id) is Unset:
            _absent |= 1
            self.account_id = None
        else:
            self.account_id = account_id
        if type(generate_new_external_id) is Unset:
            _absent |= 2
            self.generate_new_external_id = None
        else:
            self.generate_new_external_id = generate_new_external_id
        if type(role) is Unset:
            _absent |= 4
            self.role = None
        else:
            self.role = role
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["type"] = self.type_
        if self.account_id is not None:
            field_dict["account_id"] = self.account_id
        elif not self._absent & 1:
            field_dict["account_id"] = None
        if self.generate_new_external_id is not None:
            field_dict["generate_new_external_id"] = self.generate_new_external_id
        elif not self._absent & 2:
            field_dict["generate_new_external_id"] = None
        if self.role is not None:
            field_dict["role"] = self.role
        elif not self._absent & 4:
            field_dict["role"] = None
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
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        if type_ != "AWSAssumeRole":
            _devs = _unknown_value(_devs, ("type",), ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES, type_)
        _absent = 0  # bit i: optional field i is not in the object
        account_id = d.get("account_id", UNSET)
        if not isinstance(account_id, str):
            if account_id is UNSET:
                _absent |= 1
                account_id = None
            elif account_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "account_id", "a string", account_id)
                account_id = None
        generate_new_external_id = d.get("generate_new_external_id", UNSET)
        if not isinstance(generate_new_external_id, bool):
            if generate_new_external_id is UNSET:
                _absent |= 2
                generate_new_external_id = None
            elif generate_new_external_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "generate_new_external_id", "a boolean", generate_new_external_id)
                generate_new_external_id = None
        role = d.get("role", UNSET)
        if not isinstance(role, str):
            if role is UNSET:
                _absent |= 4
                role = None
            elif role is not None:
                _devs, _raw = _wrong(_devs, _raw, "role", "a string", role)
                role = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        action_connection_aws_assume_role_update = object.__new__(cls)
        action_connection_aws_assume_role_update.type_ = type_
        action_connection_aws_assume_role_update.account_id = account_id
        action_connection_aws_assume_role_update.generate_new_external_id = generate_new_external_id
        action_connection_aws_assume_role_update.role = role
        action_connection_aws_assume_role_update._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            action_connection_aws_assume_role_update._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, action_connection_aws_assume_role_update._extra)
        else:
            action_connection_aws_assume_role_update._extra = None
        action_connection_aws_assume_role_update._raw = _raw
        action_connection_aws_assume_role_update._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(ActionConnectionAWSAssumeRoleUpdate)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "account_id",
        "generate_new_external_id",
        "role",
    }
)
