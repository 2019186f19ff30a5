from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_list_apps_page import AppBuilderListAppsPage


T = TypeVar("T", bound="AppBuilderListAppsMeta")


@_attrs_define
class AppBuilderListAppsMeta:
    """Pagination metadata."""

    page: AppBuilderListAppsPage | Unset = UNSET
    """ Information on the total number of apps, to be used for pagination. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_list_apps_page import AppBuilderListAppsPage  # noqa: PLC0415

        d = dict(src_dict)
        _page = d.pop("page", UNSET)
        page: AppBuilderListAppsPage | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = AppBuilderListAppsPage.from_dict(_page)

        app_builder_list_apps_meta = cls(
            page=page,
        )

        app_builder_list_apps_meta.additional_properties = d
        return app_builder_list_apps_meta

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
