from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _parse_datetime

T = TypeVar("T", bound="IncidentUserAttributes")


@_attrs_define
class IncidentUserAttributes:
    """Attributes of user object returned by the API."""

    created_at: datetime.datetime | Unset = UNSET
    """ Creation time of the user. """
    disabled: bool | Unset = UNSET
    """ Whether the user is disabled. """
    email: str | Unset = UNSET
    """ Email of the user. """
    handle: str | Unset = UNSET
    """ Handle of the user. """
    icon: str | Unset = UNSET
    """ URL of the user's icon. """
    modified_at: datetime.datetime | Unset = UNSET
    """ Time that the user was last modified. """
    name: str | Unset = UNSET
    """ Name of the user. """
    service_account: bool | Unset = UNSET
    """ Whether the user is a service account. """
    status: str | Unset = UNSET
    """ Status of the user. """
    title: str | Unset = UNSET
    """ Title of the user. """
    verified: bool | Unset = UNSET
    """ Whether the user is verified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at.isoformat()
        if not isinstance(self.disabled, Unset):
            field_dict["disabled"] = self.disabled
        if not isinstance(self.email, Unset):
            field_dict["email"] = self.email
        if not isinstance(self.handle, Unset):
            field_dict["handle"] = self.handle
        if not isinstance(self.icon, Unset):
            field_dict["icon"] = self.icon
        if not isinstance(self.modified_at, Unset):
            field_dict["modified_at"] = self.modified_at.isoformat()
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.service_account, Unset):
            field_dict["service_account"] = self.service_account
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.title, Unset):
            field_dict["title"] = self.title
        if not isinstance(self.verified, Unset):
            field_dict["verified"] = self.verified
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        created_at = d.get("created_at", UNSET)
        if isinstance(created_at, str):
            try:
                created_at = _parse_datetime(created_at)
            except ValueError:
                raise ModelValidationError.expected("created_at", "a date-time string", created_at) from None
        elif created_at is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("created_at", "a date-time string", created_at)
        disabled = d.get("disabled", UNSET)
        if not isinstance(disabled, bool):
            if disabled is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("disabled", "a boolean", disabled)
        email = d.get("email", UNSET)
        if not isinstance(email, str):
            if email is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("email", "a string", email)
        handle = d.get("handle", UNSET)
        if not isinstance(handle, str):
            if handle is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("handle", "a string", handle)
        icon = d.get("icon", UNSET)
        if not isinstance(icon, str):
            if icon is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("icon", "a string", icon)
        modified_at = d.get("modified_at", UNSET)
        if isinstance(modified_at, str):
            try:
                modified_at = _parse_datetime(modified_at)
            except ValueError:
                raise ModelValidationError.expected("modified_at", "a date-time string", modified_at) from None
        elif modified_at is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("modified_at", "a date-time string", modified_at)
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("name", "a string", name)
        service_account = d.get("service_account", UNSET)
        if not isinstance(service_account, bool):
            if service_account is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("service_account", "a boolean", service_account)
        status = d.get("status", UNSET)
        if not isinstance(status, str):
            if status is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("status", "a string", status)
        title = d.get("title", UNSET)
        if not isinstance(title, str):
            if title is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("title", "a string", title)
        verified = d.get("verified", UNSET)
        if not isinstance(verified, bool):
            if verified is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("verified", "a boolean", verified)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_user_attributes = cls(
            created_at,
            disabled,
            email,
            handle,
            icon,
            modified_at,
            name,
            service_account,
            status,
            title,
            verified,
        )
        if len(d) + _absent > 11:  # keys other than the fields above
            incident_user_attributes.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return incident_user_attributes

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
        "created_at",
        "disabled",
        "email",
        "handle",
        "icon",
        "modified_at",
        "name",
        "service_account",
        "status",
        "title",
        "verified",
    }
)
