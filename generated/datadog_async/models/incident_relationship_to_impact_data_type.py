from typing import Literal

IncidentRelationshipToImpactDataType = Literal["incident_impacts"]

INCIDENT_RELATIONSHIP_TO_IMPACT_DATA_TYPE_VALUES: set[IncidentRelationshipToImpactDataType] = {
    "incident_impacts",
}


def check_incident_relationship_to_impact_data_type(value: str) -> IncidentRelationshipToImpactDataType:
    if value in INCIDENT_RELATIONSHIP_TO_IMPACT_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_IMPACT_DATA_TYPE_VALUES!r}")
