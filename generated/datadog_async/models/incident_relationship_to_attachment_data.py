from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_relationship_to_attachment_data_type import (
    IncidentRelationshipToAttachmentDataType,
)
from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="IncidentRelationshipToAttachmentData")


@_attrs_define
class IncidentRelationshipToAttachmentData:
    """An incident attachment, by type and ID."""

    id: str
    """ A unique identifier that represents the attachment. """
    type_: IncidentRelationshipToAttachmentDataType | str = "incident_attachments"
    """ The incident attachment resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            id = d["id"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(id, str):
            raise ModelValidationError.expected("id", "a string", id)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_relationship_to_attachment_data = cls(
            id,
            type_,
        )
        if len(d) > 2:  # keys other than the fields above
            incident_relationship_to_attachment_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_relationship_to_attachment_data

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
        "id",
        "type",
    }
)
