from typing import Literal, TypeGuard

IncidentRelationshipToAttachmentDataType = Literal["incident_attachments"]

INCIDENT_RELATIONSHIP_TO_ATTACHMENT_DATA_TYPE_VALUES: set[IncidentRelationshipToAttachmentDataType] = {
    "incident_attachments",
}


def is_incident_relationship_to_attachment_data_type(
    value: object,
) -> TypeGuard[IncidentRelationshipToAttachmentDataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentRelationshipToAttachmentDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_RELATIONSHIP_TO_ATTACHMENT_DATA_TYPE_VALUES


def check_incident_relationship_to_attachment_data_type(value: str) -> IncidentRelationshipToAttachmentDataType:
    if value in INCIDENT_RELATIONSHIP_TO_ATTACHMENT_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_ATTACHMENT_DATA_TYPE_VALUES!r}"
    )
