from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_event_name import (
    APP_BUILDER_EVENT_NAME_VALUES,
    AppBuilderEventName,
)
from ..models.app_builder_event_type import (
    APP_BUILDER_EVENT_TYPE_VALUES,
    AppBuilderEventType,
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

T = TypeVar("T", bound="AppBuilderEvent")


@_attrs_define(init=False)
class AppBuilderEvent(DatadogModel):
    """An event to listen for on a component or downstream of a query."""

    name: AppBuilderEventName | str | None
    """ The triggering action for the event. """
    type_: AppBuilderEventType | str | None
    """ The response to the event. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        name: AppBuilderEventName | None | Unset = UNSET,
        type_: AppBuilderEventType | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(name) is Unset:
            _absent |= 1
            self.name = None
        else:
            self.name = name
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
        if self.name is not None:
            field_dict["name"] = self.name
        elif not self._absent & 1:
            field_dict["name"] = None
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
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent |= 1
                name = None
            elif name is not None:
                _devs, _raw = _wrong(_devs, _raw, "name", "a string", name)
                name = None
        elif name not in {
            "_tableRowButtonClick",
            "change",
            "click",
            "close",
            "executionFinished",
            "open",
            "pageChange",
            "submit",
            "tableRowClick",
            "toggleOpen",
        }:
            _devs = _unknown_value(_devs, ("name",), APP_BUILDER_EVENT_NAME_VALUES, name)
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent |= 2
                type_ = None
            elif type_ is not None:
                _devs, _raw = _wrong(_devs, _raw, "type", "a string", type_)
                type_ = None
        elif type_ not in {
            "closeModal",
            "custom",
            "downloadFile",
            "openModal",
            "openUrl",
            "setComponentState",
            "setStateVariableValue",
            "triggerQuery",
        }:
            _devs = _unknown_value(_devs, ("type",), APP_BUILDER_EVENT_TYPE_VALUES, type_)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_event = object.__new__(cls)
        app_builder_event.name = name
        app_builder_event.type_ = type_
        app_builder_event._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            app_builder_event._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_event._extra)
        else:
            app_builder_event._extra = None
        app_builder_event._raw = _raw
        app_builder_event._deviations = () if _devs is None else tuple(_devs)
        return app_builder_event

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


_lazy_extra(AppBuilderEvent)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
    }
)
