from typing import Literal

IncidentAttachmentLinkAttachmentType = Literal["link"]

INCIDENT_ATTACHMENT_LINK_ATTACHMENT_TYPE_VALUES: set[IncidentAttachmentLinkAttachmentType] = {
    "link",
}


def check_incident_attachment_link_attachment_type(value: str) -> IncidentAttachmentLinkAttachmentType:
    if value in INCIDENT_ATTACHMENT_LINK_ATTACHMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_ATTACHMENT_LINK_ATTACHMENT_TYPE_VALUES!r}")
