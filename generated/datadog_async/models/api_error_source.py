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
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _wrong,
)

T = TypeVar("T", bound="APIErrorSource")


@_attrs_define(init=False)
class APIErrorSource(DatadogModel):
    """References to the source of the error."""

    header: str | None
    """ A string indicating the name of a single request header which caused the error. """
    parameter: str | None
    """ A string indicating which URI query parameter caused the error. """
    pointer: str | None
    """ A JSON pointer to the value in the request document that caused the error. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        header: str | None | Unset = UNSET,
        parameter: str | None | Unset = UNSET,
        pointer: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(header) is Unset:
            _absent |= 1
            self.header = None
        else:
            self.header = header
        if type(parameter) is Unset:
            _absent |= 2
            self.parameter = None
        else:
            self.parameter = parameter
        if type(pointer) is Unset:
            _absent |= 4
            self.pointer = None
        else:
            self.pointer = pointer
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.header is not None:
            field_dict["header"] = self.header
        elif not self._absent & 1:
            field_dict["header"] = None
        if self.parameter is not None:
            field_dict["parameter"] = self.parameter
        elif not self._absent & 2:
            field_dict["parameter"] = None
        if self.pointer is not None:
            field_dict["pointer"] = self.pointer
        elif not self._absent & 4:
            field_dict["pointer"] = None
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
        _absent = 0  # bit i: optional field i is not in the object
        header = d.get("header", UNSET)
        if not isinstance(header, str):
            if header is UNSET:
                _absent |= 1
                header = None
            elif header is not None:
                _devs, _raw = _wrong(_devs, _raw, "header", "a string", header)
                header = None
        parameter = d.get("parameter", UNSET)
        if not isinstance(parameter, str):
            if parameter is UNSET:
                _absent |= 2
                parameter = None
            elif parameter is not None:
                _devs, _raw = _wrong(_devs, _raw, "parameter", "a string", parameter)
                parameter = None
        pointer = d.get("pointer", UNSET)
        if not isinstance(pointer, str):
            if pointer is UNSET:
                _absent |= 4
                pointer = None
            elif pointer is not None:
                _devs, _raw = _wrong(_devs, _raw, "pointer", "a string", pointer)
                pointer = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        api_error_source = object.__new__(cls)
        api_error_source.header = header
        api_error_source.parameter = parameter
        api_error_source.pointer = pointer
        api_error_source._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            api_error_source._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, api_error_source._extra)
        else:
            api_error_source._extra = None
        api_error_source._raw = _raw
        api_error_source._deviations = () if _devs is None else tuple(_devs)
        return api_error_source

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


_lazy_extra(APIErrorSource)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "header",
        "parameter",
        "pointer",
    }
)
