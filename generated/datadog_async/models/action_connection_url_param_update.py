from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    _wrong,
)

T = TypeVar("T", bound="ActionConnectionUrlParamUpdate")


@_attrs_define(init=False)
class ActionConnectionUrlParamUpdate(DatadogModel):
    """A URL parameter change of an HTTPTokenAuthUpdate."""

    name: str
    """ Name for tokens. """
    deleted: bool | None
    """ Should the header be deleted. """
    value: str | None
    """ The UrlParamUpdate value. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        name: str,
        deleted: bool | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.name = name
        _absent = 0
        if type(deleted) is Unset:
            _absent |= 1
            self.deleted = None
        else:
            self.deleted = deleted
        if type(value) is Unset:
            _absent |= 2
            self.value = None
        else:
            self.value = value
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["name"] = self.name
        if self.deleted is not None:
            field_dict["deleted"] = self.deleted
        elif not self._absent & 1:
            field_dict["deleted"] = None
        if self.value is not None:
            field_dict["value"] = self.value
        elif not self._absent & 2:
            field_dict["value"] = None
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
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)
        _absent = 0  # bit i: optional field i is not in the object
        deleted = d.get("deleted", UNSET)
        if not isinstance(deleted, bool):
            if deleted is UNSET:
                _absent |= 1
                deleted = None
            elif deleted is not None:
                _devs, _raw = _wrong(_devs, _raw, "deleted", "a boolean", deleted)
                deleted = None
        value = d.get("value", UNSET)
        if not isinstance(value, str):
            if value is UNSET:
                _absent |= 2
                value = None
            elif value is not None:
                _devs, _raw = _wrong(_devs, _raw, "value", "a string", value)
                value = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        action_connection_url_param_update = object.__new__(cls)
        action_connection_url_param_update.name = name
        action_connection_url_param_update.deleted = deleted
        action_connection_url_param_update.value = value
        action_connection_url_param_update._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            action_connection_url_param_update._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, action_connection_url_param_update._extra)
        else:
            action_connection_url_param_update._extra = None
        action_connection_url_param_update._raw = _raw
        action_connection_url_param_update._deviations = () if _devs is None else tuple(_devs)
        return action_connection_url_param_update

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


_lazy_extra(ActionConnectionUrlParamUpdate)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "deleted",
        "value",
    }
)
