from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_app_summary import AppBuilderAppSummary
    from ..models.app_builder_deployment import AppBuilderDeployment
    from ..models.app_builder_list_apps_meta import AppBuilderListAppsMeta


T = TypeVar("T", bound="AppBuilderListAppsResponse")


@_attrs_define
class AppBuilderListAppsResponse:
    """A paginated list of apps matching the specified filters and sorting."""

    data: list[AppBuilderAppSummary] | Unset = UNSET
    """ An array of app definitions. """
    included: list[AppBuilderDeployment] | Unset = UNSET
    """ Data on the version of the app that was published. """
    meta: AppBuilderListAppsMeta | Unset = UNSET
    """ Pagination metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if included is not UNSET:
            field_dict["included"] = included
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_app_summary import AppBuilderAppSummary  # noqa: PLC0415
        from ..models.app_builder_deployment import AppBuilderDeployment  # noqa: PLC0415
        from ..models.app_builder_list_apps_meta import AppBuilderListAppsMeta  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[AppBuilderAppSummary] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = AppBuilderAppSummary.from_dict(data_item_data)

                data.append(data_item)

        _included = d.pop("included", UNSET)
        included: list[AppBuilderDeployment] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = AppBuilderDeployment.from_dict(included_item_data)

                included.append(included_item)

        _meta = d.pop("meta", UNSET)
        meta: AppBuilderListAppsMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = AppBuilderListAppsMeta.from_dict(_meta)

        app_builder_list_apps_response = cls(
            data=data,
            included=included,
            meta=meta,
        )

        app_builder_list_apps_response.additional_properties = d
        return app_builder_list_apps_response

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
