from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_deployment_type import (
    APP_BUILDER_DEPLOYMENT_TYPE_VALUES,
    AppBuilderDeploymentType,
)
from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _lift,
    _rejected,
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="AppBuilderDeployment")


@_attrs_define(init=False)
class AppBuilderDeployment(DatadogModel):
    """Data on the version of the app that was published."""

    attributes: AppBuilderDeploymentAttributes | None
    """ The attributes object containing the version ID of the published app. """
    id: UUID | None
    """ The deployment ID. """
    meta: AppBuilderDeploymentMeta | None
    """ Metadata object containing the publication creation information. """
    type_: AppBuilderDeploymentType | str | None
    """ The deployment type. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        attributes: AppBuilderDeploymentAttributes | None | Unset = UNSET,
        id: UUID | None | Unset = UNSET,
        meta: AppBuilderDeploymentMeta | None | Unset = UNSET,
        type_: AppBuilderDeploymentType | None | Unset = "deployment",
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(attributes) is Unset:
            _absent |= 1
            self.attributes = None
        else:
            self.attributes = attributes
        if type(id) is Unset:
            _absent |= 2
            self.id = None
        else:
            self.id = id
        if type(meta) is Unset:
            _absent |= 4
            self.meta = None
        else:
            self.meta = meta
        if type(type_) is Unset:
            _absent |= 8
            self.type_ = None
        else:
            self.type_ = type_
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.attributes is not None:
            field_dict["attributes"] = self.attributes.to_dict()
        elif not self._absent & 1:
            field_dict["attributes"] = None
        if self.id is not None:
            field_dict["id"] = str(self.id)
        elif not self._absent & 2:
            field_dict["id"] = None
        if self.meta is not None:
            field_dict["meta"] = self.meta.to_dict()
        elif not self._absent & 4:
            field_dict["meta"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif not self._absent & 8:
            field_dict["type"] = None
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
        attributes = d.get("attributes", UNSET)
        if attributes is UNSET:
            _absent |= 1
            attributes = None
        elif attributes is not None:
            _src = attributes
            try:
                attributes = AppBuilderDeploymentAttributes.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "attributes")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "attributes", _src, _e)
                attributes = None
            else:
                if attributes._deviations:
                    _devs = _lift(_devs, ("attributes",), attributes._deviations)
        id = d.get("id", UNSET)
        if isinstance(id, str):
            try:
                id = UUID(id)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "id", "a UUID string", id)
                id = None
        elif id is UNSET:
            _absent |= 2
            id = None
        elif id is not None:
            _devs, _raw = _wrong(_devs, _raw, "id", "a UUID string", id)
            id = None
        meta = d.get("meta", UNSET)
        if meta is UNSET:
            _absent |= 4
            meta = None
        elif meta is not None:
            _src = meta
            try:
                meta = AppBuilderDeploymentMeta.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "meta")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "meta", _src, _e)
                meta = None
            else:
                if meta._deviations:
                    _devs = _lift(_devs, ("meta",), meta._deviations)
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent |= 8
                type_ = None
            elif type_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "type", "a string", type_)
                type_ = None
        elif type_ != "deployment":
            _devs = _unknown_value(_devs, ("type",), APP_BUILDER_DEPLOYMENT_TYPE_VALUES, type_)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_deployment = object.__new__(cls)
        app_builder_deployment.attributes = attributes
        app_builder_deployment.id = id
        app_builder_deployment.meta = meta
        app_builder_deployment.type_ = type_
        app_builder_deployment._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            app_builder_deployment._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_deployment._extra)
        else:
            app_builder_deployment._extra = None
        app_builder_deployment._raw = _raw
        app_builder_deployment._deviations = () if _devs is None else tuple(_devs)
        return app_builder_deployment

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


_lazy_extra(AppBuilderDeployment)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "attributes",
        "id",
        "meta",
        "type",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_deployment_attributes import AppBuilderDeploymentAttributes  # noqa: E402
from ..models.app_builder_deployment_meta import AppBuilderDeploymentMeta  # noqa: E402
