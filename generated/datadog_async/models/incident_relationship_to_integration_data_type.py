from typing import Literal

IncidentRelationshipToIntegrationDataType = Literal["incident_integrations"]

INCIDENT_RELATIONSHIP_TO_INTEGRATION_DATA_TYPE_VALUES: set[IncidentRelationshipToIntegrationDataType] = {
    "incident_integrations",
}


def check_incident_relationship_to_integration_data_type(value: str) -> IncidentRelationshipToIntegrationDataType:
    if value in INCIDENT_RELATIONSHIP_TO_INTEGRATION_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_INTEGRATION_DATA_TYPE_VALUES!r}"
    )
