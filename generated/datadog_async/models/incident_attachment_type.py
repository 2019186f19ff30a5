from typing import Literal

IncidentAttachmentType = Literal["incident_attachments"]

INCIDENT_ATTACHMENT_TYPE_VALUES: set[IncidentAttachmentType] = {
    "incident_attachments",
}


def check_incident_attachment_type(value: str) -> IncidentAttachmentType:
    if value in INCIDENT_ATTACHMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_ATTACHMENT_TYPE_VALUES!r}")
