from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.total_count, Unset):
            field_dict["totalCount"] = self.total_count
        if not isinstance(self.total_filtered_count, Unset):
            field_dict["totalFilteredCount"] = self.total_filtered_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        total_count = d.get("totalCount", UNSET)
        if total_count.__class__ is not int and (isinstance(total_count, bool) or not isinstance(total_count, int)):
            if total_count is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("totalCount", "an integer", total_count)
        total_filtered_count = d.get("totalFilteredCount", UNSET)
        if total_filtered_count.__class__ is not int and (
            isinstance(total_filtered_count, bool) or not isinstance(total_filtered_count, int)
        ):
            if total_filtered_count is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("totalFilteredCount", "an integer", total_filtered_count)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_list_apps_page = cls(
            total_count,
            total_filtered_count,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            app_builder_list_apps_page.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "totalCount",
        "totalFilteredCount",
    }
)
