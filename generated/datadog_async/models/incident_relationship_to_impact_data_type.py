from typing import Literal, TypeGuard

IncidentRelationshipToImpactDataType = Literal["incident_impacts"]

INCIDENT_RELATIONSHIP_TO_IMPACT_DATA_TYPE_VALUES: set[IncidentRelationshipToImpactDataType] = {
    "incident_impacts",
}


def is_incident_relationship_to_impact_data_type(value: object) -> TypeGuard[IncidentRelationshipToImpactDataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentRelationshipToImpactDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_RELATIONSHIP_TO_IMPACT_DATA_TYPE_VALUES


def check_incident_relationship_to_impact_data_type(value: str) -> IncidentRelationshipToImpactDataType:
    if value in INCIDENT_RELATIONSHIP_TO_IMPACT_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_IMPACT_DATA_TYPE_VALUES!r}")
