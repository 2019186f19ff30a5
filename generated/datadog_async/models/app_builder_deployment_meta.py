from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _parse_datetime

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at.isoformat()
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = self.user_id
        if not isinstance(self.user_name, Unset):
            field_dict["user_name"] = self.user_name
        if not isinstance(self.user_uuid, Unset):
            field_dict["user_uuid"] = str(self.user_uuid)
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

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_deployment_meta = cls(
            created_at,
            user_id,
            user_name,
            user_uuid,
        )
        if len(d) + _absent > 4:  # keys other than the fields above
            app_builder_deployment_meta.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "created_at",
        "user_id",
        "user_name",
        "user_uuid",
    }
)
