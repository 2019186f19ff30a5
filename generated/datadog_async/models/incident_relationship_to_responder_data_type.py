from typing import Literal, TypeGuard

IncidentRelationshipToResponderDataType = Literal["incident_responders"]

INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES: set[IncidentRelationshipToResponderDataType] = {
    "incident_responders",
}


def is_incident_relationship_to_responder_data_type(
    value: object,
) -> TypeGuard[IncidentRelationshipToResponderDataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentRelationshipToResponderDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES


def check_incident_relationship_to_responder_data_type(value: str) -> IncidentRelationshipToResponderDataType:
    if value in INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES!r}"
    )
