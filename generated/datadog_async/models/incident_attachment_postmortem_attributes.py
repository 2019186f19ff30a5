from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_postmortem_attachment_type import (
    INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES,
    IncidentAttachmentPostmortemAttachmentType,
)
from ..types import (
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _lift,
    _unknown_value,
)

T = TypeVar("T", bound="IncidentAttachmentPostmortemAttributes")


@_attrs_define(init=False)
class IncidentAttachmentPostmortemAttributes(DatadogModel):
    """The attributes object for a postmortem attachment."""

    attachment: IncidentAttachmentPostmortemAttributesAttachmentObject
    """ The postmortem attachment. """
    attachment_type: IncidentAttachmentPostmortemAttachmentType | str
    """ The type of postmortem attachment attributes. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        attachment: IncidentAttachmentPostmortemAttributesAttachmentObject,
        attachment_type: IncidentAttachmentPostmortemAttachmentType = "postmortem",
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.attachment = attachment
        self.attachment_type = attachment_type
        self._absent = 0
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["attachment"] = self.attachment.to_dict()
        field_dict["attachment_type"] = self.attachment_type
        if self._raw:  # values of the wrong type, kept as they came (their fields read None)
            for _key, _value in self._raw.items():
                if field_dict.get(_key) is None:
                    field_dict[_key] = _value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _devs: list[Deviation] | None = None
        _raw: dict[str, Any] | None = None
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
        if attachment._deviations:
            _devs = _lift(_devs, ("attachment",), attachment._deviations)
        if not isinstance(attachment_type, str):
            raise ModelValidationError.expected("attachment_type", "a string", attachment_type)
        if attachment_type != "postmortem":
            _devs = _unknown_value(
                _devs, ("attachment_type",), INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES, attachment_type
            )

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_attachment_postmortem_attributes = object.__new__(cls)
        incident_attachment_postmortem_attributes.attachment = attachment
        incident_attachment_postmortem_attributes.attachment_type = attachment_type
        incident_attachment_postmortem_attributes._absent = 0
        if len(d) > 2:  # other keys
            incident_attachment_postmortem_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_attachment_postmortem_attributes._extra)
        else:
            incident_attachment_postmortem_attributes._extra = None
        incident_attachment_postmortem_attributes._raw = _raw
        incident_attachment_postmortem_attributes._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentAttachmentPostmortemAttributes)


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
