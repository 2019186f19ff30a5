from __future__ import annotations

import datetime
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
    _parse_datetime,
    _wrong,
)

T = TypeVar("T", bound="IncidentUserAttributes")


@_attrs_define(init=False)
class IncidentUserAttributes(DatadogModel):
    """Attributes of user object returned by the API."""

    created_at: datetime.datetime | None
    """ Creation time of the user. """
    disabled: bool | None
    """ Whether the user is disabled. """
    email: str | None
    """ Email of the user. """
    handle: str | None
    """ Handle of the user. """
    icon: str | None
    """ URL of the user's icon. """
    modified_at: datetime.datetime | None
    """ Time that the user was last modified. """
    name: str | None
    """ Name of the user. """
    service_account: bool | None
    """ Whether the user is a service account. """
    status: str | None
    """ Status of the user. """
    title: str | None
    """ Title of the user. """
    verified: bool | None
    """ Whether the user is verified. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        created_at: datetime.datetime | None | Unset = UNSET,
        disabled: bool | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        handle: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        modified_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        service_account: bool | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        verified: bool | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(created_at) is Unset:
            _absent |= 1
            self.created_at = None
        else:
            self.created_at = created_at
        if type(disabled) is Unset:
            _absent |= 2
            self.disabled = None
        else:
            self.disabled = disabled
        if type(email) is Unset:
            _absent |= 4
            self.email = None
        else:
            self.email = email
        if type(handle) is Unset:
            _absent |= 8
            self.handle = None
        else:
            self.handle = handle
        if type(icon) is Unset:
            _absent |= 16
            self.icon = None
        else:
            self.icon = icon
        if type(modified_at) is Unset:
            _absent |= 32
            self.modified_at = None
        else:
            self.modified_at = modified_at
        if type(name) is Unset:
            _absent |= 64
            self.name = None
        else:
            self.name = name
        if type(service_account) is Unset:
            _absent |= 128
            self.service_account = None
        else:
            self.service_account = service_account
        if type(status) is Unset:
            _absent |= 256
            self.status = None
        else:
            self.status = status
        if type(title) is Unset:
            _absent |= 512
            self.title = None
        else:
            self.title = title
        if type(verified) is Unset:
            _absent |= 1024
            self.verified = None
        else:
            self.verified = verified
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        elif not self._absent & 1:
            field_dict["created_at"] = None
        if self.disabled is not None:
            field_dict["disabled"] = self.disabled
        elif not self._absent & 2:
            field_dict["disabled"] = None
        if self.email is not None:
            field_dict["email"] = self.email
        elif not self._absent & 4:
            field_dict["email"] = None
        if self.handle is not None:
            field_dict["handle"] = self.handle
        elif not self._absent & 8:
            field_dict["handle"] = None
        if self.icon is not None:
            field_dict["icon"] = self.icon
        elif not self._absent & 16:
            field_dict["icon"] = None
        if self.modified_at is not None:
            field_dict["modified_at"] = self.modified_at.isoformat()
        elif not self._absent & 32:
            field_dict["modified_at"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif not self._absent & 64:
            field_dict["name"] = None
        if self.service_account is not None:
            field_dict["service_account"] = self.service_account
        elif not self._absent & 128:
            field_dict["service_account"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif not self._absent & 256:
            field_dict["status"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif not self._absent & 512:
            field_dict["title"] = None
        if self.verified is not None:
            field_dict["verified"] = self.verified
        elif not self._absent & 1024:
            field_dict["verified"] = None
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
        created_at = d.get("created_at", UNSET)
        if isinstance(created_at, str):
            try:
                created_at = _parse_datetime(created_at)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "created_at", "a date-time string", created_at)
                created_at = None
        elif created_at is UNSET:
            _absent |= 1
            created_at = None
        elif created_at is not None:
            _devs, _raw = _wrong(_devs, _raw, "created_at", "a date-time string", created_at)
            created_at = None
        disabled = d.get("disabled", UNSET)
        if not isinstance(disabled, bool):
            if disabled is UNSET:
                _absent |= 2
                disabled = None
            elif disabled is not None:
                _devs, _raw = _wrong(_devs, _raw, "disabled", "a boolean", disabled)
                disabled = None
        email = d.get("email", UNSET)
        if not isinstance(email, str):
            if email is UNSET:
                _absent |= 4
                email = None
            elif email is not None:
                _devs, _raw = _wrong(_devs, _raw, "email", "a string", email)
                email = None
        handle = d.get("handle", UNSET)
        if not isinstance(handle, str):
            if handle is UNSET:
                _absent |= 8
                handle = None
            elif handle is not None:
                _devs, _raw = _wrong(_devs, _raw, "handle", "a string", handle)
                handle = None
        icon = d.get("icon", UNSET)
        if not isinstance(icon, str):
            if icon is UNSET:
                _absent |= 16
                icon = None
            elif icon is not None:
                _devs, _raw = _wrong(_devs, _raw, "icon", "a string", icon)
                icon = None
        modified_at = d.get("modified_at", UNSET)
        if isinstance(modified_at, str):
            try:
                modified_at = _parse_datetime(modified_at)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "modified_at", "a date-time string", modified_at)
                modified_at = None
        elif modified_at is UNSET:
            _absent |= 32
            modified_at = None
        elif modified_at is not None:
            _devs, _raw = _wrong(_devs, _raw, "modified_at", "a date-time string", modified_at)
            modified_at = None
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent |= 64
                name = None
            elif name is not None:
                _devs, _raw = _wrong(_devs, _raw, "name", "a string", name)
                name = None
        service_account = d.get("service_account", UNSET)
        if not isinstance(service_account, bool):
            if service_account is UNSET:
                _absent |= 128
                service_account = None
            elif service_account is not None:
                _devs, _raw = _wrong(_devs, _raw, "service_account", "a boolean", service_account)
                service_account = None
        status = d.get("status", UNSET)
        if not isinstance(status, str):
            if status is UNSET:
                _absent |= 256
                status = None
            elif status is not None:
                _devs, _raw = _wrong(_devs, _raw, "status", "a string", status)
                status = None
        title = d.get("title", UNSET)
        if not isinstance(title, str):
            if title is UNSET:
                _absent |= 512
                title = None
            elif title is not None:
                _devs, _raw = _wrong(_devs, _raw, "title", "a string", title)
                title = None
        verified = d.get("verified", UNSET)
        if not isinstance(verified, bool):
            if verified is UNSET:
                _absent |= 1024
                verified = None
            elif verified is not None:
                _devs, _raw = _wrong(_devs, _raw, "verified", "a boolean", verified)
                verified = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_user_attributes = object.__new__(cls)
        incident_user_attributes.created_at = created_at
        incident_user_attributes.disabled = disabled
        incident_user_attributes.email = email
        incident_user_attributes.handle = handle
        incident_user_attributes.icon = icon
        incident_user_attributes.modified_at = modified_at
        incident_user_attributes.name = name
        incident_user_attributes.service_account = service_account
        incident_user_attributes.status = status
        incident_user_attributes.title = title
        incident_user_attributes.verified = verified
        incident_user_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 11:  # other keys
            incident_user_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_user_attributes._extra)
        else:
            incident_user_attributes._extra = None
        incident_user_attributes._raw = _raw
        incident_user_attributes._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentUserAttributes)


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
