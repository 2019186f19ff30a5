from typing import Literal, TypeGuard

IncidentUserRelationshipToRoleDataType = Literal["roles"]

INCIDENT_USER_RELATIONSHIP_TO_ROLE_DATA_TYPE_VALUES: set[IncidentUserRelationshipToRoleDataType] = {
    "roles",
}


def is_incident_user_relationship_to_role_data_type(value: object) -> TypeGuard[IncidentUserRelationshipToRoleDataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentUserRelationshipToRoleDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_USER_RELATIONSHIP_TO_ROLE_DATA_TYPE_VALUES


def check_incident_user_relationship_to_role_data_type(value: str) -> IncidentUserRelationshipToRoleDataType:
    if value in INCIDENT_USER_RELATIONSHIP_TO_ROLE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_USER_RELATIONSHIP_TO_ROLE_DATA_TYPE_VALUES!r}"
    )
