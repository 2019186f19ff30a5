from typing import Literal, TypeGuard

IncidentRelationshipToPostmortemDataType = Literal["incident_postmortems"]

INCIDENT_RELATIONSHIP_TO_POSTMORTEM_DATA_TYPE_VALUES: set[IncidentRelationshipToPostmortemDataType] = {
    "incident_postmortems",
}


def is_incident_relationship_to_postmortem_data_type(
    value: object,
) -> TypeGuard[IncidentRelationshipToPostmortemDataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentRelationshipToPostmortemDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_RELATIONSHIP_TO_POSTMORTEM_DATA_TYPE_VALUES


def check_incident_relationship_to_postmortem_data_type(value: str) -> IncidentRelationshipToPostmortemDataType:
    if value in INCIDENT_RELATIONSHIP_TO_POSTMORTEM_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_POSTMORTEM_DATA_TYPE_VALUES!r}"
    )
