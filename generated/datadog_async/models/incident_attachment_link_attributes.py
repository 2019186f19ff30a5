from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_link_attachment_type import (
    IncidentAttachmentLinkAttachmentType,
    check_incident_attachment_link_attachment_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_attachment_link_attributes_attachment_object import (
        IncidentAttachmentLinkAttributesAttachmentObject,
    )


T = TypeVar("T", bound="IncidentAttachmentLinkAttributes")


@_attrs_define
class IncidentAttachmentLinkAttributes:
    """The attributes object for a link attachment."""

    attachment: IncidentAttachmentLinkAttributesAttachmentObject
    """ The link attachment. """
    attachment_type: IncidentAttachmentLinkAttachmentType
    """ The type of link attachment attributes. """
    modified: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident attachment link was last modified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment = self.attachment.to_dict()

        attachment_type: str = self.attachment_type

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment": attachment,
                "attachment_type": attachment_type,
            }
        )
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_attachment_link_attributes_attachment_object import (
            IncidentAttachmentLinkAttributesAttachmentObject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        attachment = IncidentAttachmentLinkAttributesAttachmentObject.from_dict(d.pop("attachment"))

        attachment_type = check_incident_attachment_link_attachment_type(d.pop("attachment_type"))

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        incident_attachment_link_attributes = cls(
            attachment=attachment,
            attachment_type=attachment_type,
            modified=modified,
        )

        incident_attachment_link_attributes.additional_properties = d
        return incident_attachment_link_attributes

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
