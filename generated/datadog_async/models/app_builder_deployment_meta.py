from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppBuilderDeploymentMeta")


@_attrs_define
class AppBuilderDeploymentMeta:
    """Metadata object containing the publication creation information."""

    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp of when the app was published. """
    user_id: int | Unset = UNSET
    """ The ID of the user who published the app. """
    user_name: str | Unset = UNSET
    """ The name (or email address) of the user who published the app. """
    user_uuid: UUID | Unset = UNSET
    """ The UUID of the user who published the app. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        user_id = self.user_id

        user_name = self.user_name

        user_uuid: str | Unset = UNSET
        if not isinstance(self.user_uuid, Unset):
            user_uuid = str(self.user_uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_uuid is not UNSET:
            field_dict["user_uuid"] = user_uuid

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

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        _user_uuid = d.pop("user_uuid", UNSET)
        user_uuid: UUID | Unset
        if isinstance(_user_uuid, Unset):
            user_uuid = UNSET
        else:
            user_uuid = UUID(_user_uuid)

        app_builder_deployment_meta = cls(
            created_at=created_at,
            user_id=user_id,
            user_name=user_name,
            user_uuid=user_uuid,
        )

        app_builder_deployment_meta.additional_properties = d
        return app_builder_deployment_meta

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
