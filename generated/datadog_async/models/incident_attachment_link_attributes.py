from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_link_attachment_type import (
    IncidentAttachmentLinkAttachmentType,
)
from ..types import UNSET, ModelValidationError, Unset, _as_object, _parse_datetime

T = TypeVar("T", bound="IncidentAttachmentLinkAttributes")


@_attrs_define
class IncidentAttachmentLinkAttributes:
    """The attributes object for a link attachment."""

    attachment: IncidentAttachmentLinkAttributesAttachmentObject
    """ The link attachment. """
    attachment_type: IncidentAttachmentLinkAttachmentType | str
    """ The type of link attachment attributes. """
    modified: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident attachment link was last modified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["attachment"] = self.attachment.to_dict()
        field_dict["attachment_type"] = self.attachment_type
        if not isinstance(self.modified, Unset):
            field_dict["modified"] = self.modified.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            attachment = d["attachment"]
            attachment_type = d["attachment_type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            attachment = IncidentAttachmentLinkAttributesAttachmentObject.from_dict(attachment)
        except ModelValidationError as _e:
            _e.path.insert(0, "attachment")
            raise
        if not isinstance(attachment_type, str):
            raise ModelValidationError.expected("attachment_type", "a string", attachment_type)
        _absent = 0  # optional fields not in the object
        modified = d.get("modified", UNSET)
        if isinstance(modified, str):
            try:
                modified = _parse_datetime(modified)
            except ValueError:
                raise ModelValidationError.expected("modified", "a date-time string", modified) from None
        elif modified is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("modified", "a date-time string", modified)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_attachment_link_attributes = cls(
            attachment,
            attachment_type,
            modified,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            incident_attachment_link_attributes.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "attachment",
        "attachment_type",
        "modified",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_attachment_link_attributes_attachment_object import (
    IncidentAttachmentLinkAttributesAttachmentObject,  # noqa: E402
)
