from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentNonDatadogCreator")


@_attrs_define
class IncidentNonDatadogCreator:
    """Incident's non Datadog creator."""

    image_48_px: str | Unset = UNSET
    """ Non Datadog creator 48px image. """
    name: str | Unset = UNSET
    """ Non Datadog creator name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.image_48_px, Unset):
            field_dict["image_48_px"] = self.image_48_px
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        image_48_px = d.get("image_48_px", UNSET)
        if not isinstance(image_48_px, str):
            if image_48_px is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("image_48_px", "a string", image_48_px)
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("name", "a string", name)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_non_datadog_creator = cls(
            image_48_px,
            name,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            incident_non_datadog_creator.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return incident_non_datadog_creator

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
        "image_48_px",
        "name",
    }
)
