from typing import Literal

IncidentType = Literal["incidents"]

INCIDENT_TYPE_VALUES: set[IncidentType] = {
    "incidents",
}


def check_incident_type(value: str) -> IncidentType:
    if value in INCIDENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_TYPE_VALUES!r}")
