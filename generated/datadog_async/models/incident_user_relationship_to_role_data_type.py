from typing import Literal

IncidentUserRelationshipToRoleDataType = Literal["roles"]

INCIDENT_USER_RELATIONSHIP_TO_ROLE_DATA_TYPE_VALUES: set[IncidentUserRelationshipToRoleDataType] = {
    "roles",
}


def check_incident_user_relationship_to_role_data_type(value: str) -> IncidentUserRelationshipToRoleDataType:
    if value in INCIDENT_USER_RELATIONSHIP_TO_ROLE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_USER_RELATIONSHIP_TO_ROLE_DATA_TYPE_VALUES!r}"
    )
