from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="APIErrorSource")


@_attrs_define
class APIErrorSource:
    """References to the source of the error."""

    header: str | Unset = UNSET
    """ A string indicating the name of a single request header which caused the error. """
    parameter: str | Unset = UNSET
    """ A string indicating which URI query parameter caused the error. """
    pointer: str | Unset = UNSET
    """ A JSON pointer to the value in the request document that caused the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.header, Unset):
            field_dict["header"] = self.header
        if not isinstance(self.parameter, Unset):
            field_dict["parameter"] = self.parameter
        if not isinstance(self.pointer, Unset):
            field_dict["pointer"] = self.pointer
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        header = d.get("header", UNSET)
        if not isinstance(header, str):
            if header is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("header", "a string", header)
        parameter = d.get("parameter", UNSET)
        if not isinstance(parameter, str):
            if parameter is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("parameter", "a string", parameter)
        pointer = d.get("pointer", UNSET)
        if not isinstance(pointer, str):
            if pointer is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("pointer", "a string", pointer)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        api_error_source = cls(
            header,
            parameter,
            pointer,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            api_error_source.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "header",
        "parameter",
        "pointer",
    }
)
