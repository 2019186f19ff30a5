from typing import Literal, TypeGuard

IncidentIntegrationMetadataType = Literal["incident_integrations"]

INCIDENT_INTEGRATION_METADATA_TYPE_VALUES: set[IncidentIntegrationMetadataType] = {
    "incident_integrations",
}


def is_incident_integration_metadata_type(value: object) -> TypeGuard[IncidentIntegrationMetadataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentIntegrationMetadataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_INTEGRATION_METADATA_TYPE_VALUES


def check_incident_integration_metadata_type(value: str) -> IncidentIntegrationMetadataType:
    if value in INCIDENT_INTEGRATION_METADATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_INTEGRATION_METADATA_TYPE_VALUES!r}")
