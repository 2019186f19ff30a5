from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

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

T = TypeVar("T", bound="AppBuilderDeploymentMeta")


@_attrs_define(init=False)
class AppBuilderDeploymentMeta(DatadogModel):
    """Metadata object containing the publication creation information."""

    created_at: datetime.datetime | None
    """ Timestamp of when the app was published. """
    user_id: int | None
    """ The ID of the user who published the app. """
    user_name: str | None
    """ The name (or email address) of the user who published the app. """
    user_uuid: UUID | None
    """ The UUID of the user who published the app. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        created_at: datetime.datetime | None | Unset = UNSET,
        user_id: int | None | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        user_uuid: UUID | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(created_at) is Unset:
            _absent |= 1
            self.created_at = None
        else:
            self.created_at = created_at
        if type(user_id) is Unset:
            _absent |= 2
            self.user_id = None
        else:
            self.user_id = user_id
        if type(user_name) is Unset:
            _absent |= 4
            self.user_name = None
        else:
            self.user_name = user_name
        if type(user_uuid) is Unset:
            _absent |= 8
            self.user_uuid = None
        else:
            self.user_uuid = user_uuid
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
        if self.user_id is not None:
            field_dict["user_id"] = self.user_id
        elif not self._absent & 2:
            field_dict["user_id"] = None
        if self.user_name is not None:
            field_dict["user_name"] = self.user_name
        elif not self._absent & 4:
            field_dict["user_name"] = None
        if self.user_uuid is not None:
            field_dict["user_uuid"] = str(self.user_uuid)
        elif not self._absent & 8:
            field_dict["user_uuid"] = None
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
        user_id = d.get("user_id", UNSET)
        if user_id.__class__ is not int and (isinstance(user_id, bool) or not isinstance(user_id, int)):
            if user_id is UNSET:
                _absent |= 2
                user_id = None
            elif user_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "user_id", "an integer", user_id)
                user_id = None
        user_name = d.get("user_name", UNSET)
        if not isinstance(user_name, str):
            if user_name is UNSET:
                _absent |= 4
                user_name = None
            elif user_name is not None:
                _devs, _raw = _wrong(_devs, _raw, "user_name", "a string", user_name)
                user_name = None
        user_uuid = d.get("user_uuid", UNSET)
        if isinstance(user_uuid, str):
            try:
                user_uuid = UUID(user_uuid)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "user_uuid", "a UUID string", user_uuid)
                user_uuid = None
        elif user_uuid is UNSET:
            _absent |= 8
            user_uuid = None
        elif user_uuid is not None:
            _devs, _raw = _wrong(_devs, _raw, "user_uuid", "a UUID string", user_uuid)
            user_uuid = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_deployment_meta = object.__new__(cls)
        app_builder_deployment_meta.created_at = created_at
        app_builder_deployment_meta.user_id = user_id
        app_builder_deployment_meta.user_name = user_name
        app_builder_deployment_meta.user_uuid = user_uuid
        app_builder_deployment_meta._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            app_builder_deployment_meta._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_deployment_meta._extra)
        else:
            app_builder_deployment_meta._extra = None
        app_builder_deployment_meta._raw = _raw
        app_builder_deployment_meta._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(AppBuilderDeploymentMeta)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "created_at",
        "user_id",
        "user_name",
        "user_uuid",
    }
)
