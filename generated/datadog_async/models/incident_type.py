from typing import Literal, TypeGuard

IncidentType = Literal["incidents"]

INCIDENT_TYPE_VALUES: set[IncidentType] = {
    "incidents",
}


def is_incident_type(value: object) -> TypeGuard[IncidentType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_TYPE_VALUES


def check_incident_type(value: str) -> IncidentType:
    if value in INCIDENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_TYPE_VALUES!r}")
