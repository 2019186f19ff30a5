from typing import Literal, TypeGuard

IncidentAttachmentLinkAttachmentType = Literal["link"]

INCIDENT_ATTACHMENT_LINK_ATTACHMENT_TYPE_VALUES: set[IncidentAttachmentLinkAttachmentType] = {
    "link",
}


def is_incident_attachment_link_attachment_type(value: object) -> TypeGuard[IncidentAttachmentLinkAttachmentType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentAttachmentLinkAttachmentType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_ATTACHMENT_LINK_ATTACHMENT_TYPE_VALUES


def check_incident_attachment_link_attachment_type(value: str) -> IncidentAttachmentLinkAttachmentType:
    if value in INCIDENT_ATTACHMENT_LINK_ATTACHMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_ATTACHMENT_LINK_ATTACHMENT_TYPE_VALUES!r}")
