from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        disabled = self.disabled

        email = self.email

        handle = self.handle

        icon = self.icon

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        name = self.name

        service_account = self.service_account

        status = self.status

        title = self.title

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if email is not UNSET:
            field_dict["email"] = email
        if handle is not UNSET:
            field_dict["handle"] = handle
        if icon is not UNSET:
            field_dict["icon"] = icon
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if name is not UNSET:
            field_dict["name"] = name
        if service_account is not UNSET:
            field_dict["service_account"] = service_account
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if verified is not UNSET:
            field_dict["verified"] = verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        disabled = d.pop("disabled", UNSET)

        email = d.pop("email", UNSET)

        handle = d.pop("handle", UNSET)

        icon = d.pop("icon", UNSET)

        _modified_at = d.pop("modified_at", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        name = d.pop("name", UNSET)

        service_account = d.pop("service_account", UNSET)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        verified = d.pop("verified", UNSET)

        incident_user_attributes = cls(
            created_at=created_at,
            disabled=disabled,
            email=email,
            handle=handle,
            icon=icon,
            modified_at=modified_at,
            name=name,
            service_account=service_account,
            status=status,
            title=title,
            verified=verified,
        )

        incident_user_attributes.additional_properties = d
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
