from typing import Literal, TypeGuard

IncidentUsersType = Literal["users"]

INCIDENT_USERS_TYPE_VALUES: set[IncidentUsersType] = {
    "users",
}


def is_incident_users_type(value: object) -> TypeGuard[IncidentUsersType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentUsersType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_USERS_TYPE_VALUES


def check_incident_users_type(value: str) -> IncidentUsersType:
    if value in INCIDENT_USERS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_USERS_TYPE_VALUES!r}")
