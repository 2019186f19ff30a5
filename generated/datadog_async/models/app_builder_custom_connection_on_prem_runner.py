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
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _wrong,
)

T = TypeVar("T", bound="AppBuilderCustomConnectionOnPremRunner")


@_attrs_define(init=False)
class AppBuilderCustomConnectionOnPremRunner(DatadogModel):
    """Information about the Private Action Runner used by the custom connection, if the custom connection is associated
    with a Private Action Runner.

    """

    id: str | None
    """ The Private Action Runner ID. """
    url: str | None
    """ The URL of the Private Action Runner. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        id: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(id) is Unset:
            _absent |= 1
            self.id = None
        else:
            self.id = id
        if type(url) is Unset:
            _absent |= 2
            self.url = None
        else:
            self.url = url
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.id is not None:
            field_dict["id"] = self.id
        elif not self._absent & 1:
            field_dict["id"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif not self._absent & 2:
            field_dict["url"] = None
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
        if not isinstance(id, str):
            if id is UNSET:
                _absent |= 1
                id = None
            elif id is not None:
                _devs, _raw = _wrong(_devs, _raw, "id", "a string", id)
                id = None
        url = d.get("url", UNSET)
        if not isinstance(url, str):
            if url is UNSET:
                _absent |= 2
                url = None
            elif url is not None:
                _devs, _raw = _wrong(_devs, _raw, "url", "a string", url)
                url = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_custom_connection_on_prem_runner = object.__new__(cls)
        app_builder_custom_connection_on_prem_runner.id = id
        app_builder_custom_connection_on_prem_runner.url = url
        app_builder_custom_connection_on_prem_runner._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            app_builder_custom_connection_on_prem_runner._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_custom_connection_on_prem_runner._extra)
        else:
            app_builder_custom_connection_on_prem_runner._extra = None
        app_builder_custom_connection_on_prem_runner._raw = _raw
        app_builder_custom_connection_on_prem_runner._deviations = () if _devs is None else tuple(_devs)
        return app_builder_custom_connection_on_prem_runner

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


_lazy_extra(AppBuilderCustomConnectionOnPremRunner)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "url",
    }
)
