from typing import Literal, TypeGuard

IncidentAttachmentType = Literal["incident_attachments"]

INCIDENT_ATTACHMENT_TYPE_VALUES: set[IncidentAttachmentType] = {
    "incident_attachments",
}


def is_incident_attachment_type(value: object) -> TypeGuard[IncidentAttachmentType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentAttachmentType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_ATTACHMENT_TYPE_VALUES


def check_incident_attachment_type(value: str) -> IncidentAttachmentType:
    if value in INCIDENT_ATTACHMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_ATTACHMENT_TYPE_VALUES!r}")
