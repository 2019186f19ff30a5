from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppBuilderListAppsPage")


@_attrs_define
class AppBuilderListAppsPage:
    """Information on the total number of apps, to be used for pagination."""

    total_count: int | Unset = UNSET
    """ The total number of apps under the Datadog organization, disregarding any filters applied. """
    total_filtered_count: int | Unset = UNSET
    """ The total number of apps that match the specified filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        total_filtered_count = self.total_filtered_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if total_filtered_count is not UNSET:
            field_dict["totalFilteredCount"] = total_filtered_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("totalCount", UNSET)

        total_filtered_count = d.pop("totalFilteredCount", UNSET)

        app_builder_list_apps_page = cls(
            total_count=total_count,
            total_filtered_count=total_filtered_count,
        )

        app_builder_list_apps_page.additional_properties = d
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
