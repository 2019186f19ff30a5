from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="JSONAPIErrorResponse")


@_attrs_define
class JSONAPIErrorResponse:
    """API error response."""

    errors: list[APIErrorObject]
    """ A list of errors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["errors"] = [_v0.to_dict() for _v0 in self.errors]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            errors = d["errors"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(errors, list):
            raise ModelValidationError.expected("errors", "an array", errors)
        try:
            errors = [APIErrorObject.from_dict(_v0) for _v0 in errors]
        except ModelValidationError as _e:
            ModelValidationError.at_index(_e, errors, APIErrorObject.from_dict)
            _e.path.insert(0, "errors")
            raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        jsonapi_error_response = cls(
            errors,
        )
        if len(d) > 1:  # keys other than the fields above
            jsonapi_error_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return jsonapi_error_response

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
        "errors",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.api_error_object import APIErrorObject  # noqa: E402
