from typing import Literal

IncidentUserRelationshipToOrganizationDataType = Literal["orgs"]

INCIDENT_USER_RELATIONSHIP_TO_ORGANIZATION_DATA_TYPE_VALUES: set[IncidentUserRelationshipToOrganizationDataType] = {
    "orgs",
}


def check_incident_user_relationship_to_organization_data_type(
    value: str,
) -> IncidentUserRelationshipToOrganizationDataType:
    if value in INCIDENT_USER_RELATIONSHIP_TO_ORGANIZATION_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_USER_RELATIONSHIP_TO_ORGANIZATION_DATA_TYPE_VALUES!r}"
    )
