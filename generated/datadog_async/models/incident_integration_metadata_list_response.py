from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_integration_metadata_list_meta import IncidentIntegrationMetadataListMeta
    from ..models.incident_integration_metadata_response_data import IncidentIntegrationMetadataResponseData
    from ..models.incident_user_data import IncidentUserData


T = TypeVar("T", bound="IncidentIntegrationMetadataListResponse")


@_attrs_define
class IncidentIntegrationMetadataListResponse:
    """Response with a list of incident integration metadata."""

    data: list[IncidentIntegrationMetadataResponseData]
    """ An array of incident integration metadata. """
    included: list[IncidentUserData] | Unset = UNSET
    """ Included related resources that the user requested. """
    meta: IncidentIntegrationMetadataListMeta | Unset = UNSET
    """ The metadata object containing pagination metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_integration_metadata_list_meta import IncidentIntegrationMetadataListMeta  # noqa: PLC0415
        from ..models.incident_integration_metadata_response_data import IncidentIntegrationMetadataResponseData  # noqa: PLC0415
        from ..models.incident_user_data import IncidentUserData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = IncidentIntegrationMetadataResponseData.from_dict(data_item_data)

            data.append(data_item)

        _included = d.pop("included", UNSET)
        included: list[IncidentUserData] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = IncidentUserData.from_dict(included_item_data)

                included.append(included_item)

        _meta = d.pop("meta", UNSET)
        meta: IncidentIntegrationMetadataListMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = IncidentIntegrationMetadataListMeta.from_dict(_meta)

        incident_integration_metadata_list_response = cls(
            data=data,
            included=included,
            meta=meta,
        )

        incident_integration_metadata_list_response.additional_properties = d
        return incident_integration_metadata_list_response

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
