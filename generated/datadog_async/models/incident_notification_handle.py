from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentNotificationHandle")


@_attrs_define
class IncidentNotificationHandle:
    """A handle to notify of the incident, with its display name."""

    display_name: str | Unset = UNSET
    """ The name of the notified handle. """
    handle: str | Unset = UNSET
    """ The email address used for the notification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.display_name, Unset):
            field_dict["display_name"] = self.display_name
        if not isinstance(self.handle, Unset):
            field_dict["handle"] = self.handle
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        display_name = d.get("display_name", UNSET)
        if not isinstance(display_name, str):
            if display_name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("display_name", "a string", display_name)
        handle = d.get("handle", UNSET)
        if not isinstance(handle, str):
            if handle is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("handle", "a string", handle)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_notification_handle = cls(
            display_name,
            handle,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            incident_notification_handle.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return incident_notification_handle

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
        "display_name",
        "handle",
    }
)
