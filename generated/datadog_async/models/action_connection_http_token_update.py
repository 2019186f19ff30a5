from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_token_type import (
    ACTION_CONNECTION_TOKEN_TYPE_VALUES,
    ActionConnectionTokenType,
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

T = TypeVar("T", bound="ActionConnectionHTTPTokenUpdate")


@_attrs_define(init=False)
class ActionConnectionHTTPTokenUpdate(DatadogModel):
    """A token change of an HTTPTokenAuthUpdate."""

    name: str
    """ The HTTPToken name. """
    type_: ActionConnectionTokenType | str
    """ The definition of TokenType object. """
    value: str
    """ The HTTPToken value. """
    deleted: bool | None
    """ Should the header be deleted. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        name: str,
        value: str,
        type_: ActionConnectionTokenType = "SECRET",
        deleted: bool | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.name = name
        self.type_ = type_
        self.value = value
        _absent = 0
        if type(deleted) is Unset:
            _absent |= 1
            self.deleted = None
        else:
            self.deleted = deleted
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["name"] = self.name
        field_dict["type"] = self.type_
        field_dict["value"] = self.value
        if self.deleted is not None:
            field_dict["deleted"] = self.deleted
        elif not self._absent & 1:
            field_dict["deleted"] = None
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
            name = d["name"]
            type_ = d["type"]
            value = d["value"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        if type_ != "SECRET":
            _devs = _unknown_value(_devs, ("type",), ACTION_CONNECTION_TOKEN_TYPE_VALUES, type_)
        if not isinstance(value, str):
            raise ModelValidationError.expected("value", "a string", value)
        _absent = 0  # bit i: optional field i is not in the object
        deleted = d.get("deleted", UNSET)
        if not isinstance(deleted, bool):
            if deleted is UNSET:
                _absent |= 1
                deleted = None
            elif deleted is not None:
                _devs, _raw = _wrong(_devs, _raw, "deleted", "a boolean", deleted)
                deleted = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        action_connection_http_token_update = object.__new__(cls)
        action_connection_http_token_update.name = name
        action_connection_http_token_update.type_ = type_
        action_connection_http_token_update.value = value
        action_connection_http_token_update.deleted = deleted
        action_connection_http_token_update._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            action_connection_http_token_update._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, action_connection_http_token_update._extra)
        else:
            action_connection_http_token_update._extra = None
        action_connection_http_token_update._raw = _raw
        action_connection_http_token_update._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(ActionConnectionHTTPTokenUpdate)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "value",
        "deleted",
    }
)
