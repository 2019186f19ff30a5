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
    _extra_fields,
    _lazy_extra,
    _lift,
    _rejected,
)

T = TypeVar("T", bound="AppBuilderDeleteAppResponse")


@_attrs_define(init=False)
class AppBuilderDeleteAppResponse(DatadogModel):
    """The response object after an app is successfully deleted."""

    data: AppBuilderAppReference | None
    """ The ID and type of an app. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        data: AppBuilderAppReference | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(data) is Unset:
            _absent |= 1
            self.data = None
        else:
            self.data = data
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
                data = AppBuilderAppReference.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "data")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "data", _src, _e)
                data = None
            else:
                if data._deviations:
                    _devs = _lift(_devs, ("data",), data._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_delete_app_response = object.__new__(cls)
        app_builder_delete_app_response.data = data
        app_builder_delete_app_response._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 1:  # other keys
            app_builder_delete_app_response._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_delete_app_response._extra)
        else:
            app_builder_delete_app_response._extra = None
        app_builder_delete_app_response._raw = _raw
        app_builder_delete_app_response._deviations = () if _devs is None else tuple(_devs)
        return app_builder_delete_app_response

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


_lazy_extra(AppBuilderDeleteAppResponse)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_app_reference import AppBuilderAppReference  # noqa: E402
