from typing import Literal, TypeGuard

IncidentRelationshipToIntegrationDataType = Literal["incident_integrations"]

INCIDENT_RELATIONSHIP_TO_INTEGRATION_DATA_TYPE_VALUES: set[IncidentRelationshipToIntegrationDataType] = {
    "incident_integrations",
}


def is_incident_relationship_to_integration_data_type(
    value: object,
) -> TypeGuard[IncidentRelationshipToIntegrationDataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentRelationshipToIntegrationDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_RELATIONSHIP_TO_INTEGRATION_DATA_TYPE_VALUES


def check_incident_relationship_to_integration_data_type(value: str) -> IncidentRelationshipToIntegrationDataType:
    if value in INCIDENT_RELATIONSHIP_TO_INTEGRATION_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_INTEGRATION_DATA_TYPE_VALUES!r}"
    )
