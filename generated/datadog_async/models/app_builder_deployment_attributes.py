from __future__ import annotations

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
    _wrong,
)

T = TypeVar("T", bound="AppBuilderDeploymentAttributes")


@_attrs_define(init=False)
class AppBuilderDeploymentAttributes(DatadogModel):
    """The attributes object containing the version ID of the published app."""

    app_version_id: UUID | None
    """ The version ID of the app that was published. For an unpublished app, this is always the nil UUID
    (00000000-0000-0000-0000-000000000000). """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        app_version_id: UUID | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(app_version_id) is Unset:
            _absent |= 1
            self.app_version_id = None
        else:
            self.app_version_id = app_version_id
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.app_version_id is not None:
            field_dict["app_version_id"] = str(self.app_version_id)
        elif not self._absent & 1:
            field_dict["app_version_id"] = None
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
        app_version_id = d.get("app_version_id", UNSET)
        if isinstance(app_version_id, str):
            try:
                app_version_id = UUID(app_version_id)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "app_version_id", "a UUID string", app_version_id)
                app_version_id = None
        elif app_version_id is UNSET:
            _absent |= 1
            app_version_id = None
        elif app_version_id is not None:
            _devs, _raw = _wrong(_devs, _raw, "app_version_id", "a UUID string", app_version_id)
            app_version_id = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_deployment_attributes = object.__new__(cls)
        app_builder_deployment_attributes.app_version_id = app_version_id
        app_builder_deployment_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 1:  # other keys
            app_builder_deployment_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_deployment_attributes._extra)
        else:
            app_builder_deployment_attributes._extra = None
        app_builder_deployment_attributes._raw = _raw
        app_builder_deployment_attributes._deviations = () if _devs is None else tuple(_devs)
        return app_builder_deployment_attributes

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


_lazy_extra(AppBuilderDeploymentAttributes)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "app_version_id",
    }
)
