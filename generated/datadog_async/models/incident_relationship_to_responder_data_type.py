from typing import Literal

IncidentRelationshipToResponderDataType = Literal["incident_responders"]

INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES: set[IncidentRelationshipToResponderDataType] = {
    "incident_responders",
}


def check_incident_relationship_to_responder_data_type(value: str) -> IncidentRelationshipToResponderDataType:
    if value in INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_RESPONDER_DATA_TYPE_VALUES!r}"
    )
