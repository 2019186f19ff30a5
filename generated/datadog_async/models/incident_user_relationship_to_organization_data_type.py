from typing import Literal, TypeGuard

IncidentUserRelationshipToOrganizationDataType = Literal["orgs"]

INCIDENT_USER_RELATIONSHIP_TO_ORGANIZATION_DATA_TYPE_VALUES: set[IncidentUserRelationshipToOrganizationDataType] = {
    "orgs",
}


def is_incident_user_relationship_to_organization_data_type(
    value: object,
) -> TypeGuard[IncidentUserRelationshipToOrganizationDataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentUserRelationshipToOrganizationDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_USER_RELATIONSHIP_TO_ORGANIZATION_DATA_TYPE_VALUES


def check_incident_user_relationship_to_organization_data_type(
    value: str,
) -> IncidentUserRelationshipToOrganizationDataType:
    if value in INCIDENT_USER_RELATIONSHIP_TO_ORGANIZATION_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_USER_RELATIONSHIP_TO_ORGANIZATION_DATA_TYPE_VALUES!r}"
    )
