from typing import Literal

IncidentSeverity = Literal["SEV-1", "SEV-2", "SEV-3", "SEV-4", "SEV-5", "UNKNOWN"]

INCIDENT_SEVERITY_VALUES: set[IncidentSeverity] = {
    "SEV-1",
    "SEV-2",
    "SEV-3",
    "SEV-4",
    "SEV-5",
    "UNKNOWN",
}


def check_incident_severity(value: str) -> IncidentSeverity:
    if value in INCIDENT_SEVERITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_SEVERITY_VALUES!r}")
