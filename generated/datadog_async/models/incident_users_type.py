from typing import Literal

IncidentUsersType = Literal["users"]

INCIDENT_USERS_TYPE_VALUES: set[IncidentUsersType] = {
    "users",
}


def check_incident_users_type(value: str) -> IncidentUsersType:
    if value in INCIDENT_USERS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_USERS_TYPE_VALUES!r}")
