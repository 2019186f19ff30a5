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
    _rejected,
    _wrong,
)

T = TypeVar("T", bound="AppBuilderAppSummaryAttributes")


@_attrs_define(init=False)
class AppBuilderAppSummaryAttributes(DatadogModel):
    """Basic information about the app such as name, description, and tags."""

    description: str | None
    """ A human-readable description for the app. """
    favorite: bool | None
    """ Whether the app is marked as a favorite by the current user. """
    name: str | None
    """ The name of the app. """
    self_service: bool | None
    """ Whether the app is enabled for use in the Datadog self-service hub. """
    tags: list[str] | None
    """ A list of tags for the app, which can be used to filter apps. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        description: str | None | Unset = UNSET,
        favorite: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        self_service: bool | None | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(description) is Unset:
            _absent |= 1
            self.description = None
        else:
            self.description = description
        if type(favorite) is Unset:
            _absent |= 2
            self.favorite = None
        else:
            self.favorite = favorite
        if type(name) is Unset:
            _absent |= 4
            self.name = None
        else:
            self.name = name
        if type(self_service) is Unset:
            _absent |= 8
            self.self_service = None
        else:
            self.self_service = self_service
        if type(tags) is Unset:
            _absent |= 16
            self.tags = None
        else:
            self.tags = tags
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.description is not None:
            field_dict["description"] = self.description
        elif not self._absent & 1:
            field_dict["description"] = None
        if self.favorite is not None:
            field_dict["favorite"] = self.favorite
        elif not self._absent & 2:
            field_dict["favorite"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif not self._absent & 4:
            field_dict["name"] = None
        if self.self_service is not None:
            field_dict["selfService"] = self.self_service
        elif not self._absent & 8:
            field_dict["selfService"] = None
        if self.tags is not None:
            field_dict["tags"] = self.tags
        elif not self._absent & 16:
            field_dict["tags"] = None
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
        description = d.get("description", UNSET)
        if not isinstance(description, str):
            if description is UNSET:
                _absent |= 1
                description = None
            elif description is not None:
                _devs, _raw = _wrong(_devs, _raw, "description", "a string", description)
                description = None
        favorite = d.get("favorite", UNSET)
        if not isinstance(favorite, bool):
            if favorite is UNSET:
                _absent |= 2
                favorite = None
            elif favorite is not None:
                _devs, _raw = _wrong(_devs, _raw, "favorite", "a boolean", favorite)
                favorite = None
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent |= 4
                name = None
            elif name is not None:
                _devs, _raw = _wrong(_devs, _raw, "name", "a string", name)
                name = None
        self_service = d.get("selfService", UNSET)
        if not isinstance(self_service, bool):
            if self_service is UNSET:
                _absent |= 8
                self_service = None
            elif self_service is not None:
                _devs, _raw = _wrong(_devs, _raw, "selfService", "a boolean", self_service)
                self_service = None
        tags = d.get("tags", UNSET)
        if tags is UNSET:
            _absent |= 16
            tags = None
        elif tags is not None:
            _src = tags
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                for _v0 in _src:
                    if not isinstance(_v0, str):
                        raise ModelValidationError.expected_item(None, _src, _v0, "a string")
                tags = _src
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "tags")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "tags", _src, _e)
                tags = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_app_summary_attributes = object.__new__(cls)
        app_builder_app_summary_attributes.description = description
        app_builder_app_summary_attributes.favorite = favorite
        app_builder_app_summary_attributes.name = name
        app_builder_app_summary_attributes.self_service = self_service
        app_builder_app_summary_attributes.tags = tags
        app_builder_app_summary_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 5:  # other keys
            app_builder_app_summary_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_app_summary_attributes._extra)
        else:
            app_builder_app_summary_attributes._extra = None
        app_builder_app_summary_attributes._raw = _raw
        app_builder_app_summary_attributes._deviations = () if _devs is None else tuple(_devs)
        return app_builder_app_summary_attributes

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


_lazy_extra(AppBuilderAppSummaryAttributes)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "description",
        "favorite",
        "name",
        "selfService",
        "tags",
    }
)
