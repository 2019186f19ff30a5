from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_postmortem_attachment_type import (
    IncidentAttachmentPostmortemAttachmentType,
    check_incident_attachment_postmortem_attachment_type,
)

if TYPE_CHECKING:
    from ..models.incident_attachment_postmortem_attributes_attachment_object import (
        IncidentAttachmentPostmortemAttributesAttachmentObject,
    )


T = TypeVar("T", bound="IncidentAttachmentPostmortemAttributes")


@_attrs_define
class IncidentAttachmentPostmortemAttributes:
    """The attributes object for a postmortem attachment."""

    attachment: IncidentAttachmentPostmortemAttributesAttachmentObject
    """ The postmortem attachment. """
    attachment_type: IncidentAttachmentPostmortemAttachmentType
    """ The type of postmortem attachment attributes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment = self.attachment.to_dict()

        attachment_type: str = self.attachment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment": attachment,
                "attachment_type": attachment_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_attachment_postmortem_attributes_attachment_object import (
            IncidentAttachmentPostmortemAttributesAttachmentObject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attachment = IncidentAttachmentPostmortemAttributesAttachmentObject.from_dict(d.pop("attachment"))

        attachment_type = check_incident_attachment_postmortem_attachment_type(d.pop("attachment_type"))

        incident_attachment_postmortem_attributes = cls(
            attachment=attachment,
            attachment_type=attachment_type,
        )

        incident_attachment_postmortem_attributes.additional_properties = d
        return incident_attachment_postmortem_attributes

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
