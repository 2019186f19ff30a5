from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_type import IncidentAttachmentType, check_incident_attachment_type

if TYPE_CHECKING:
    from ..models.incident_attachment_link_attributes import IncidentAttachmentLinkAttributes
    from ..models.incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes
    from ..models.incident_attachment_relationships import IncidentAttachmentRelationships


T = TypeVar("T", bound="IncidentAttachmentData")


@_attrs_define
class IncidentAttachmentData:
    """A single incident attachment, as returned by the attachment endpoints and in the `included` list of incident
    responses.

    """

    attributes: IncidentAttachmentLinkAttributes | IncidentAttachmentPostmortemAttributes
    """ The attributes object for an attachment. """
    id: str
    """ A unique identifier that represents the incident attachment. """
    relationships: IncidentAttachmentRelationships
    """ The incident attachment's relationships. """
    type_: IncidentAttachmentType
    """ The incident attachment resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes  # noqa: PLC0415

        attributes: dict[str, Any]
        if isinstance(self.attributes, IncidentAttachmentPostmortemAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes.to_dict()

        id = self.id

        relationships = self.relationships.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "id": id,
                "relationships": relationships,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_attachment_link_attributes import IncidentAttachmentLinkAttributes  # noqa: PLC0415
        from ..models.incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes  # noqa: PLC0415
        from ..models.incident_attachment_relationships import IncidentAttachmentRelationships  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_attributes(
            data: object,
        ) -> IncidentAttachmentLinkAttributes | IncidentAttachmentPostmortemAttributes:
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

        attributes = _parse_attributes(d.pop("attributes"))

        id = d.pop("id")

        relationships = IncidentAttachmentRelationships.from_dict(d.pop("relationships"))

        type_ = check_incident_attachment_type(d.pop("type"))

        incident_attachment_data = cls(
            attributes=attributes,
            id=id,
            relationships=relationships,
            type_=type_,
        )

        incident_attachment_data.additional_properties = d
        return incident_attachment_data

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
