from typing import Literal

IncidentIntegrationMetadataType = Literal["incident_integrations"]

INCIDENT_INTEGRATION_METADATA_TYPE_VALUES: set[IncidentIntegrationMetadataType] = {
    "incident_integrations",
}


def check_incident_integration_metadata_type(value: str) -> IncidentIntegrationMetadataType:
    if value in INCIDENT_INTEGRATION_METADATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_INTEGRATION_METADATA_TYPE_VALUES!r}")
