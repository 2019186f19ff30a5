from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_postmortem_attachment_type import (
    IncidentAttachmentPostmortemAttachmentType,
)
from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="IncidentAttachmentPostmortemAttributes")


@_attrs_define
class IncidentAttachmentPostmortemAttributes:
    """The attributes object for a postmortem attachment."""

    attachment: IncidentAttachmentPostmortemAttributesAttachmentObject
    """ The postmortem attachment. """
    attachment_type: IncidentAttachmentPostmortemAttachmentType | str
    """ The type of postmortem attachment attributes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["attachment"] = self.attachment.to_dict()
        field_dict["attachment_type"] = self.attachment_type
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
            attachment = IncidentAttachmentPostmortemAttributesAttachmentObject.from_dict(attachment)
        except ModelValidationError as _e:
            _e.path.insert(0, "attachment")
            raise
        if not isinstance(attachment_type, str):
            raise ModelValidationError.expected("attachment_type", "a string", attachment_type)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_attachment_postmortem_attributes = cls(
            attachment,
            attachment_type,
        )
        if len(d) > 2:  # keys other than the fields above
            incident_attachment_postmortem_attributes.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "attachment",
        "attachment_type",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_attachment_postmortem_attributes_attachment_object import (
    IncidentAttachmentPostmortemAttributesAttachmentObject,  # noqa: E402
)
