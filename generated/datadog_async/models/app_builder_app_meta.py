from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _parse_datetime

T = TypeVar("T", bound="AppBuilderAppMeta")


@_attrs_define
class AppBuilderAppMeta:
    """Metadata of an app."""

    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp of when the app was created. """
    deleted_at: datetime.datetime | Unset = UNSET
    """ Timestamp of when the app was deleted. """
    org_id: int | Unset = UNSET
    """ The Datadog organization ID that owns the app. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp of when the app was last updated. """
    updated_since_deployment: bool | Unset = UNSET
    """ Whether the app was updated since it was last published. Published apps are pinned to a specific version and
    do not automatically update when the app is updated. """
    user_id: int | Unset = UNSET
    """ The ID of the user who created the app. """
    user_name: str | Unset = UNSET
    """ The name (or email address) of the user who created the app. """
    user_uuid: UUID | Unset = UNSET
    """ The UUID of the user who created the app. """
    version: int | Unset = UNSET
    """ The version number of the app. This starts at 1 and increments with each update. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at.isoformat()
        if not isinstance(self.deleted_at, Unset):
            field_dict["deleted_at"] = self.deleted_at.isoformat()
        if not isinstance(self.org_id, Unset):
            field_dict["org_id"] = self.org_id
        if not isinstance(self.updated_at, Unset):
            field_dict["updated_at"] = self.updated_at.isoformat()
        if not isinstance(self.updated_since_deployment, Unset):
            field_dict["updated_since_deployment"] = self.updated_since_deployment
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = self.user_id
        if not isinstance(self.user_name, Unset):
            field_dict["user_name"] = self.user_name
        if not isinstance(self.user_uuid, Unset):
            field_dict["user_uuid"] = str(self.user_uuid)
        if not isinstance(self.version, Unset):
            field_dict["version"] = self.version
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
        deleted_at = d.get("deleted_at", UNSET)
        if isinstance(deleted_at, str):
            try:
                deleted_at = _parse_datetime(deleted_at)
            except ValueError:
                raise ModelValidationError.expected("deleted_at", "a date-time string", deleted_at) from None
        elif deleted_at is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("deleted_at", "a date-time string", deleted_at)
        org_id = d.get("org_id", UNSET)
        if org_id.__class__ is not int and (isinstance(org_id, bool) or not isinstance(org_id, int)):
            if org_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("org_id", "an integer", org_id)
        updated_at = d.get("updated_at", UNSET)
        if isinstance(updated_at, str):
            try:
                updated_at = _parse_datetime(updated_at)
            except ValueError:
                raise ModelValidationError.expected("updated_at", "a date-time string", updated_at) from None
        elif updated_at is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("updated_at", "a date-time string", updated_at)
        updated_since_deployment = d.get("updated_since_deployment", UNSET)
        if not isinstance(updated_since_deployment, bool):
            if updated_since_deployment is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("updated_since_deployment", "a boolean", updated_since_deployment)
        user_id = d.get("user_id", UNSET)
        if user_id.__class__ is not int and (isinstance(user_id, bool) or not isinstance(user_id, int)):
            if user_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("user_id", "an integer", user_id)
        user_name = d.get("user_name", UNSET)
        if not isinstance(user_name, str):
            if user_name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("user_name", "a string", user_name)
        user_uuid = d.get("user_uuid", UNSET)
        if isinstance(user_uuid, str):
            try:
                user_uuid = UUID(user_uuid)
            except ValueError:
                raise ModelValidationError.expected("user_uuid", "a UUID string", user_uuid) from None
        elif user_uuid is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("user_uuid", "a UUID string", user_uuid)
        version = d.get("version", UNSET)
        if version.__class__ is not int and (isinstance(version, bool) or not isinstance(version, int)):
            if version is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("version", "an integer", version)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_app_meta = cls(
            created_at,
            deleted_at,
            org_id,
            updated_at,
            updated_since_deployment,
            user_id,
            user_name,
            user_uuid,
            version,
        )
        if len(d) + _absent > 9:  # keys other than the fields above
            app_builder_app_meta.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return app_builder_app_meta

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
        "deleted_at",
        "org_id",
        "updated_at",
        "updated_since_deployment",
        "user_id",
        "user_name",
        "user_uuid",
        "version",
    }
)
