from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_attachment_data import IncidentAttachmentData
    from ..models.incident_response_data import IncidentResponseData
    from ..models.incident_response_meta import IncidentResponseMeta
    from ..models.incident_user_data import IncidentUserData


T = TypeVar("T", bound="IncidentsResponse")


@_attrs_define
class IncidentsResponse:
    """Response with a list of incidents."""

    data: list[IncidentResponseData]
    """ An array of incidents. """
    included: list[IncidentAttachmentData | IncidentUserData] | Unset = UNSET
    """ Included related resources that the user requested. """
    meta: IncidentResponseMeta | Unset = UNSET
    """ The metadata object containing pagination metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_user_data import IncidentUserData  # noqa: PLC0415

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item: dict[str, Any]
                if isinstance(included_item_data, IncidentUserData):
                    included_item = included_item_data.to_dict()
                else:
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
        from ..models.incident_attachment_data import IncidentAttachmentData  # noqa: PLC0415
        from ..models.incident_response_data import IncidentResponseData  # noqa: PLC0415
        from ..models.incident_response_meta import IncidentResponseMeta  # noqa: PLC0415
        from ..models.incident_user_data import IncidentUserData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = IncidentResponseData.from_dict(data_item_data)

            data.append(data_item)

        _included = d.pop("included", UNSET)
        included: list[IncidentAttachmentData | IncidentUserData] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:

                def _parse_included_item(data: object) -> IncidentAttachmentData | IncidentUserData:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_incident_response_included_item_type_0 = IncidentUserData.from_dict(data)

                        return componentsschemas_incident_response_included_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_incident_response_included_item_type_1 = IncidentAttachmentData.from_dict(data)

                    return componentsschemas_incident_response_included_item_type_1

                included_item = _parse_included_item(included_item_data)

                included.append(included_item)

        _meta = d.pop("meta", UNSET)
        meta: IncidentResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = IncidentResponseMeta.from_dict(_meta)

        incidents_response = cls(
            data=data,
            included=included,
            meta=meta,
        )

        incidents_response.additional_properties = d
        return incidents_response

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
