from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_type import IncidentAttachmentType, check_incident_attachment_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_attachment_link_attributes import IncidentAttachmentLinkAttributes
    from ..models.incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes


T = TypeVar("T", bound="IncidentAttachmentUpdateData")


@_attrs_define
class IncidentAttachmentUpdateData:
    """A single incident attachment of a bulk update: created when `id` is absent, deleted when `attributes` is absent,
    updated when both are present.

    """

    type_: IncidentAttachmentType
    """ The incident attachment resource type. """
    attributes: IncidentAttachmentLinkAttributes | IncidentAttachmentPostmortemAttributes | Unset = UNSET
    """ The attributes object for an attachment. """
    id: str | Unset = UNSET
    """ A unique identifier that represents the incident attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes  # noqa: PLC0415

        type_: str = self.type_

        attributes: dict[str, Any] | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, IncidentAttachmentPostmortemAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_attachment_link_attributes import IncidentAttachmentLinkAttributes  # noqa: PLC0415
        from ..models.incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_incident_attachment_type(d.pop("type"))

        def _parse_attributes(
            data: object,
        ) -> IncidentAttachmentLinkAttributes | IncidentAttachmentPostmortemAttributes | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_incident_attachment_attributes_type_0 = (
                    IncidentAttachmentPostmortemAttributes.from_dict(data)
                )

                return componentsschemas_incident_attachment_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_incident_attachment_attributes_type_1 = IncidentAttachmentLinkAttributes.from_dict(data)

            return componentsschemas_incident_attachment_attributes_type_1

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        id = d.pop("id", UNSET)

        incident_attachment_update_data = cls(
            type_=type_,
            attributes=attributes,
            id=id,
        )

        incident_attachment_update_data.additional_properties = d
        return incident_attachment_update_data

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
