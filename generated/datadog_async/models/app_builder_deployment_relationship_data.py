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
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="AppBuilderDeploymentRelationshipData")


@_attrs_define(init=False)
class AppBuilderDeploymentRelationshipData(DatadogModel):
    """Data object containing the deployment ID."""

    id: UUID | None
    """ The deployment ID. """
    type_: AppBuilderDeploymentType | str | None
    """ The deployment type. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        id: UUID | None | Unset = UNSET,
        type_: AppBuilderDeploymentType | None | Unset = "deployment",
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(id) is Unset:
            _absent |= 1
            self.id = None
        else:
            self.id = id
        if type(type_) is Unset:
            _absent |= 2
            self.type_ = None
        else:
            self.type_ = type_
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.id is not None:
            field_dict["id"] = str(self.id)
        elif not self._absent & 1:
            field_dict["id"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif not self._absent & 2:
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
        id = d.get("id", UNSET)
        if isinstance(id, str):
            try:
                id = UUID(id)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "id", "a UUID string", id)
                id = None
        elif id is UNSET:
            _absent |= 1
            id = None
        elif id is not None:
            _devs, _raw = _wrong(_devs, _raw, "id", "a UUID string", id)
            id = None
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent |= 2
                type_ = None
            elif type_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "type", "a string", type_)
                type_ = None
        elif type_ != "deployment":
            _devs = _unknown_value(_devs, ("type",), APP_BUILDER_DEPLOYMENT_TYPE_VALUES, type_)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_deployment_relationship_data = object.__new__(cls)
        app_builder_deployment_relationship_data.id = id
        app_builder_deployment_relationship_data.type_ = type_
        app_builder_deployment_relationship_data._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            app_builder_deployment_relationship_data._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_deployment_relationship_data._extra)
        else:
            app_builder_deployment_relationship_data._extra = None
        app_builder_deployment_relationship_data._raw = _raw
        app_builder_deployment_relationship_data._deviations = () if _devs is None else tuple(_devs)
        return app_builder_deployment_relationship_data

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


_lazy_extra(AppBuilderDeploymentRelationshipData)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
    }
)
