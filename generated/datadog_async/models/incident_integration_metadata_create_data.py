from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_integration_metadata_type import (
    IncidentIntegrationMetadataType,
    check_incident_integration_metadata_type,
)

if TYPE_CHECKING:
    from ..models.incident_integration_metadata_attributes import IncidentIntegrationMetadataAttributes


T = TypeVar("T", bound="IncidentIntegrationMetadataCreateData")


@_attrs_define
class IncidentIntegrationMetadataCreateData:
    """Incident integration metadata data for a create request."""

    attributes: IncidentIntegrationMetadataAttributes
    """ Incident integration metadata's attributes for a create request. """
    type_: IncidentIntegrationMetadataType
    """ Integration metadata resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_integration_metadata_attributes import IncidentIntegrationMetadataAttributes  # noqa: PLC0415

        d = dict(src_dict)
        attributes = IncidentIntegrationMetadataAttributes.from_dict(d.pop("attributes"))

        type_ = check_incident_integration_metadata_type(d.pop("type"))

        incident_integration_metadata_create_data = cls(
            attributes=attributes,
            type_=type_,
        )

        incident_integration_metadata_create_data.additional_properties = d
        return incident_integration_metadata_create_data

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
