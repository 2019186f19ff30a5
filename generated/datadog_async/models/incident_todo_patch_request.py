from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="IncidentTodoPatchRequest")


@_attrs_define
class IncidentTodoPatchRequest:
    """Incident todo payload."""

    data: IncidentTodoPatchData
    """ Incident todo data for a patch request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = self.data.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            data = d["data"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            data = IncidentTodoPatchData.from_dict(data)
        except ModelValidationError as _e:
            _e.path.insert(0, "data")
            raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_todo_patch_request = cls(
            data,
        )
        if len(d) > 1:  # keys other than the fields above
            incident_todo_patch_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return incident_todo_patch_request

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
        "data",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_todo_patch_data import IncidentTodoPatchData  # noqa: E402
