from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_type import IncidentAttachmentType
from ..types import ModelValidationError, _as_object, _deeper, _union_fallback

T = TypeVar("T", bound="IncidentAttachmentData")


@_attrs_define
class IncidentAttachmentData:
    """An incident attachment, as the attachment endpoints return it and as it appears in `included`."""

    attributes: IncidentAttachmentPostmortemAttributes | IncidentAttachmentLinkAttributes | dict[str, Any]
    """ The attributes object for an attachment. """
    id: str
    """ A unique identifier that represents the incident attachment. """
    relationships: IncidentAttachmentRelationships
    """ The incident attachment's relationships. """
    type_: IncidentAttachmentType | str
    """ The incident attachment resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["attributes"] = _dump_attributes(self.attributes)
        field_dict["id"] = self.id
        field_dict["relationships"] = self.relationships.to_dict()
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
            attributes = d["attributes"]
            id = d["id"]
            relationships = d["relationships"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            attributes = _parse_attributes(attributes)
        except ModelValidationError as _e:
            _e.path.insert(0, "attributes")
            raise
        if not isinstance(id, str):
            raise ModelValidationError.expected("id", "a string", id)
        try:
            relationships = IncidentAttachmentRelationships.from_dict(relationships)
        except ModelValidationError as _e:
            _e.path.insert(0, "relationships")
            raise
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_attachment_data = cls(
            attributes,
            id,
            relationships,
            type_,
        )
        if len(d) > 4:  # keys other than the fields above
            incident_attachment_data.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "attributes",
        "id",
        "relationships",
        "type",
    }
)


def _parse_attributes(
    data: Any,
) -> IncidentAttachmentPostmortemAttributes | IncidentAttachmentLinkAttributes | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # IncidentAttachmentPostmortemAttributes (tags: attachment_type)
        if isinstance((_tag := data.get("attachment_type")), str) and _tag in {"postmortem"}:
            try:
                return IncidentAttachmentPostmortemAttributes.from_dict(data)
            except ModelValidationError as _e:
                if "attachment_type" in data:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
        # IncidentAttachmentLinkAttributes (tags: attachment_type)
        if isinstance((_tag := data.get("attachment_type")), str) and _tag in {"link"}:
            try:
                return IncidentAttachmentLinkAttributes.from_dict(data)
            except ModelValidationError as _e:
                if "attachment_type" in data:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
        return _union_fallback(
            data,
            _tagged_error,
            _error,
            ("attachment_type",),
            "attachment_type",
        )
    raise ModelValidationError.expected(None, "an object", data)


def _dump_attributes(
    value: IncidentAttachmentPostmortemAttributes | IncidentAttachmentLinkAttributes | dict[str, Any],
) -> Any:
    if isinstance(value, IncidentAttachmentPostmortemAttributes):
        return value.to_dict()
    if isinstance(value, IncidentAttachmentLinkAttributes):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_attachment_link_attributes import IncidentAttachmentLinkAttributes  # noqa: E402
from ..models.incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes  # noqa: E402
from ..models.incident_attachment_relationships import IncidentAttachmentRelationships  # noqa: E402
