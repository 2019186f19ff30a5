from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        org_id = self.org_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_since_deployment = self.updated_since_deployment

        user_id = self.user_id

        user_name = self.user_name

        user_uuid: str | Unset = UNSET
        if not isinstance(self.user_uuid, Unset):
            user_uuid = str(self.user_uuid)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_since_deployment is not UNSET:
            field_dict["updated_since_deployment"] = updated_since_deployment
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_uuid is not UNSET:
            field_dict["user_uuid"] = user_uuid
        if version is not UNSET:
            field_dict["version"] = version

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

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        org_id = d.pop("org_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_since_deployment = d.pop("updated_since_deployment", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        _user_uuid = d.pop("user_uuid", UNSET)
        user_uuid: UUID | Unset
        if isinstance(_user_uuid, Unset):
            user_uuid = UNSET
        else:
            user_uuid = UUID(_user_uuid)

        version = d.pop("version", UNSET)

        app_builder_app_meta = cls(
            created_at=created_at,
            deleted_at=deleted_at,
            org_id=org_id,
            updated_at=updated_at,
            updated_since_deployment=updated_since_deployment,
            user_id=user_id,
            user_name=user_name,
            user_uuid=user_uuid,
            version=version,
        )

        app_builder_app_meta.additional_properties = d
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
