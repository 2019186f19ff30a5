from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="IncidentAttachmentLinkAttributesAttachmentObject")


@_attrs_define
class IncidentAttachmentLinkAttributesAttachmentObject:
    """The link attachment."""

    document_url: str
    """ The URL of this link attachment. """
    title: str
    """ The title of this link attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["documentUrl"] = self.document_url
        field_dict["title"] = self.title
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            document_url = d["documentUrl"]
            title = d["title"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(document_url, str):
            raise ModelValidationError.expected("documentUrl", "a string", document_url)
        if not isinstance(title, str):
            raise ModelValidationError.expected("title", "a string", title)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_attachment_link_attributes_attachment_object = cls(
            document_url,
            title,
        )
        if len(d) > 2:  # keys other than the fields above
            incident_attachment_link_attributes_attachment_object.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_attachment_link_attributes_attachment_object

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
        "documentUrl",
        "title",
    }
)
