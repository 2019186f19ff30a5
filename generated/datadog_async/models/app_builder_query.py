from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_query_type import (
    APP_BUILDER_QUERY_TYPE_VALUES,
    AppBuilderQueryType,
)
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
    _lift_items,
    _rejected,
    _unknown_value,
)

T = TypeVar("T", bound="AppBuilderQuery")


@_attrs_define(init=False)
class AppBuilderQuery(DatadogModel):
    """A query, such as an external action or a state variable, that the app uses."""

    id: UUID
    """ The ID of the query. """
    name: str
    """ The name of the query. The name must be unique within the app and is visible in the app editor. """
    type_: AppBuilderQueryType | str
    """ The query type. """
    events: list[AppBuilderEvent] | None
    """ Events to listen for downstream of the query. """
    properties: Any | None
    """ The properties of the query. The properties vary depending on the query type. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        id: UUID,
        name: str,
        type_: AppBuilderQueryType,
        events: list[AppBuilderEvent] | None | Unset = UNSET,
        properties: Any | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.id = id
        self.name = name
        self.type_ = type_
        _absent = 0
        if type(events) is Unset:
            _absent |= 1
            self.events = None
        else:
            self.events = events
        if type(properties) is Unset:
            _absent |= 2
            self.properties = None
        else:
            self.properties = properties
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["id"] = str(self.id)
        field_dict["name"] = self.name
        field_dict["type"] = self.type_
        if self.events is not None:
            field_dict["events"] = [_v0.to_dict() for _v0 in self.events]
        elif not self._absent & 1:
            field_dict["events"] = None
        if self.properties is not None:
            field_dict["properties"] = self.properties
        elif not self._absent & 2:
            field_dict["properties"] = None
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
        try:
            id = d["id"]
            name = d["name"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if isinstance(id, str):
            try:
                id = UUID(id)
            except ValueError:
                raise ModelValidationError.expected("id", "a UUID string", id) from None
        else:
            raise ModelValidationError.expected("id", "a UUID string", id)
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        if type_ not in {"action", "dataTransform", "stateVariable"}:
            _devs = _unknown_value(_devs, ("type",), APP_BUILDER_QUERY_TYPE_VALUES, type_)
        _absent = 0  # bit i: optional field i is not in the object
        events = d.get("events", UNSET)
        if events is UNSET:
            _absent |= 1
            events = None
        elif events is not None:
            _src = events
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    events = [AppBuilderEvent.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, AppBuilderEvent.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "events")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "events", _src, _e)
                events = None
            else:
                if any(map(_deviations_of, events)):
                    _devs = _lift_items(_devs, ("events",), events)
        properties = d.get("properties", UNSET)
        if properties is UNSET:
            _absent |= 2
            properties = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_query = object.__new__(cls)
        app_builder_query.id = id
        app_builder_query.name = name
        app_builder_query.type_ = type_
        app_builder_query.events = events
        app_builder_query.properties = properties
        app_builder_query._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 5:  # other keys
            app_builder_query._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_query._extra)
        else:
            app_builder_query._extra = None
        app_builder_query._raw = _raw
        app_builder_query._deviations = () if _devs is None else tuple(_devs)
        return app_builder_query

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


_lazy_extra(AppBuilderQuery)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "events",
        "properties",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_event import AppBuilderEvent  # noqa: E402
