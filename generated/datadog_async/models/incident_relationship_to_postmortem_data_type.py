from typing import Literal

IncidentRelationshipToPostmortemDataType = Literal["incident_postmortems"]

INCIDENT_RELATIONSHIP_TO_POSTMORTEM_DATA_TYPE_VALUES: set[IncidentRelationshipToPostmortemDataType] = {
    "incident_postmortems",
}


def check_incident_relationship_to_postmortem_data_type(value: str) -> IncidentRelationshipToPostmortemDataType:
    if value in INCIDENT_RELATIONSHIP_TO_POSTMORTEM_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_POSTMORTEM_DATA_TYPE_VALUES!r}"
    )
