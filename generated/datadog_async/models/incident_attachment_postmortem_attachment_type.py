from typing import Literal

IncidentAttachmentPostmortemAttachmentType = Literal["postmortem"]

INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES: set[IncidentAttachmentPostmortemAttachmentType] = {
    "postmortem",
}


def check_incident_attachment_postmortem_attachment_type(value: str) -> IncidentAttachmentPostmortemAttachmentType:
    if value in INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_ATTACHMENT_POSTMORTEM_ATTACHMENT_TYPE_VALUES!r}"
    )
