from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _deviations_of,
    _extra_fields,
    _lazy_extra,
    _lift,
    _lift_items,
    _rejected,
)

T = TypeVar("T", bound="AppBuilderUpdateAppResponse")


@_attrs_define(init=False)
class AppBuilderUpdateAppResponse(DatadogModel):
    """The response object after an app is successfully updated."""

    data: AppBuilderAppDefinition | None
    """ The data object containing the app definition. """
    included: list[AppBuilderDeployment] | None
    """ Data on the version of the app that was published. """
    meta: AppBuilderAppMeta | None
    """ Metadata of an app. """
    relationship: AppBuilderAppRelationship | None
    """ The app's publication relationship and custom connections. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        data: AppBuilderAppDefinition | None | Unset = UNSET,
        included: list[AppBuilderDeployment] | None | Unset = UNSET,
        meta: AppBuilderAppMeta | None | Unset = UNSET,
        relationship: AppBuilderAppRelationship | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(data) is Unset:
            _absent |= 1
            self.data = None
        else:
            self.data = data
        if type(included) is Unset:
            _absent |= 2
            self.included = None
        else:
            self.included = included
        if type(meta) is Unset:
            _absent |= 4
            self.meta = None
        else:
            self.meta = meta
        if type(relationship) is Unset:
            _absent |= 8
            self.relationship = None
        else:
            self.relationship = relationship
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.data is not None:
            field_dict["data"] = self.data.to_dict()
        elif not self._absent & 1:
            field_dict["data"] = None
        if self.included is not None:
            field_dict["included"] = [_v0.to_dict() for _v0 in self.included]
        elif not self._absent & 2:
            field_dict["included"] = None
        if self.meta is not None:
            field_dict["meta"] = self.meta.to_dict()
        elif not self._absent & 4:
            field_dict["meta"] = None
        if self.relationship is not None:
            field_dict["relationship"] = self.relationship.to_dict()
        elif not self._absent & 8:
            field_dict["relationship"] = None
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
        data = d.get("data", UNSET)
        if data is UNSET:
            _absent |= 1
            data = None
        elif data is not None:
            _src = data
            try:
                data = AppBuilderAppDefinition.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "data")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "data", _src, _e)
                data = None
            else:
                if data._deviations:
                    _devs = _lift(_devs, ("data",), data._deviations)
        included = d.get("included", UNSET)
        if included is UNSET:
            _absent |= 2
            included = None
        elif included is not None:
            _src = included
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    included = [AppBuilderDeployment.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, AppBuilderDeployment.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "included")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "included", _src, _e)
                included = None
            else:
                if any(map(_deviations_of, included)):
                    _devs = _lift_items(_devs, ("included",), included)
        meta = d.get("meta", UNSET)
        if meta is UNSET:
            _absent |= 4
            meta = None
        elif meta is not None:
            _src = meta
            try:
                meta = AppBuilderAppMeta.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "meta")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "meta", _src, _e)
                meta = None
            else:
                if meta._deviations:
                    _devs = _lift(_devs, ("meta",), meta._deviations)
        relationship = d.get("relationship", UNSET)
        if relationship is UNSET:
            _absent |= 8
            relationship = None
        elif relationship is not None:
            _src = relationship
            try:
                relationship = AppBuilderAppRelationship.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "relationship")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "relationship", _src, _e)
                relationship = None
            else:
                if relationship._deviations:
                    _devs = _lift(_devs, ("relationship",), relationship._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_update_app_response = object.__new__(cls)
        app_builder_update_app_response.data = data
        app_builder_update_app_response.included = included
        app_builder_update_app_response.meta = meta
        app_builder_update_app_response.relationship = relationship
        app_builder_update_app_response._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            app_builder_update_app_response._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_update_app_response._extra)
        else:
            app_builder_update_app_response._extra = None
        app_builder_update_app_response._raw = _raw
        app_builder_update_app_response._deviations = () if _devs is None else tuple(_devs)
        return app_builder_update_app_response

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


_lazy_extra(AppBuilderUpdateAppResponse)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "data",
        "included",
        "meta",
        "relationship",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_app_definition import AppBuilderAppDefinition  # noqa: E402
from ..models.app_builder_app_meta import AppBuilderAppMeta  # noqa: E402
from ..models.app_builder_app_relationship import AppBuilderAppRelationship  # noqa: E402
from ..models.app_builder_deployment import AppBuilderDeployment  # noqa: E402
