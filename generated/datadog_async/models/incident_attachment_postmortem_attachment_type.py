from typing import Literal, TypeGuard

IncidentAttachmentPostmortemAttachmentType = Literal["postmortem"]

INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES: set[IncidentAttachmentPostmortemAttachmentType] = {
    "postmortem",
}


def is_incident_attachment_postmortem_attachment_type(
    value: object,
) -> TypeGuard[IncidentAttachmentPostmortemAttachmentType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentAttachmentPostmortemAttachmentType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES


def check_incident_attachment_postmortem_attachment_type(value: str) -> IncidentAttachmentPostmortemAttachmentType:
    if value in INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES!r}"
    )
