from typing import Literal

IncidentRelationshipToAttachmentDataType = Literal["incident_attachments"]

INCIDENT_RELATIONSHIP_TO_ATTACHMENT_DATA_TYPE_VALUES: set[IncidentRelationshipToAttachmentDataType] = {
    "incident_attachments",
}


def check_incident_relationship_to_attachment_data_type(value: str) -> IncidentRelationshipToAttachmentDataType:
    if value in INCIDENT_RELATIONSHIP_TO_ATTACHMENT_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_ATTACHMENT_DATA_TYPE_VALUES!r}"
    )
