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

T = TypeVar("T", bound="AppBuilderListAppsPage")


@_attrs_define(init=False)
class AppBuilderListAppsPage(DatadogModel):
    """Information on the total number of apps, to be used for pagination."""

    total_count: int | None
    """ The total number of apps under the Datadog organization, disregarding any filters applied. """
    total_filtered_count: int | None
    """ The total number of apps that match the specified filters. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        total_count: int | None | Unset = UNSET,
        total_filtered_count: int | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(total_count) is Unset:
            _absent |= 1
            self.total_count = None
        else:
            self.total_count = total_count
        if type(total_filtered_count) is Unset:
            _absent |= 2
            self.total_filtered_count = None
        else:
            self.total_filtered_count = total_filtered_count
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.total_count is not None:
            field_dict["totalCount"] = self.total_count
        elif not self._absent & 1:
            field_dict["totalCount"] = None
        if self.total_filtered_count is not None:
            field_dict["totalFilteredCount"] = self.total_filtered_count
        elif not self._absent & 2:
            field_dict["totalFilteredCount"] = None
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
        total_count = d.get("totalCount", UNSET)
        if total_count.__class__ is not int and (isinstance(total_count, bool) or not isinstance(total_count, int)):
            if total_count is UNSET:
                _absent |= 1
                total_count = None
            elif total_count is not None:
                _devs, _raw = _wrong(_devs, _raw, "totalCount", "an integer", total_count)
                total_count = None
        total_filtered_count = d.get("totalFilteredCount", UNSET)
        if total_filtered_count.__class__ is not int and (
            isinstance(total_filtered_count, bool) or not isinstance(total_filtered_count, int)
        ):
            if total_filtered_count is UNSET:
                _absent |= 2
                total_filtered_count = None
            elif total_filtered_count is not None:
                _devs, _raw = _wrong(_devs, _raw, "totalFilteredCount", "an integer", total_filtered_count)
                total_filtered_count = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        app_builder_list_apps_page = object.__new__(cls)
        app_builder_list_apps_page.total_count = total_count
        app_builder_list_apps_page.total_filtered_count = total_filtered_count
        app_builder_list_apps_page._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            app_builder_list_apps_page._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, app_builder_list_apps_page._extra)
        else:
            app_builder_list_apps_page._extra = None
        app_builder_list_apps_page._raw = _raw
        app_builder_list_apps_page._deviations = () if _devs is None else tuple(_devs)
        return app_builder_list_apps_page

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


_lazy_extra(AppBuilderListAppsPage)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "totalCount",
        "totalFilteredCount",
    }
)
