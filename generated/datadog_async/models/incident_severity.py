from typing import Literal, TypeGuard

IncidentSeverity = Literal["SEV-1", "SEV-2", "SEV-3", "SEV-4", "SEV-5", "UNKNOWN"]

INCIDENT_SEVERITY_VALUES: set[IncidentSeverity] = {
    "SEV-1",
    "SEV-2",
    "SEV-3",
    "SEV-4",
    "SEV-5",
    "UNKNOWN",
}


def is_incident_severity(value: object) -> TypeGuard[IncidentSeverity]:
    """Whether ``value`` is one of the values this SDK knows for IncidentSeverity.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_SEVERITY_VALUES


def check_incident_severity(value: str) -> IncidentSeverity:
    if value in INCIDENT_SEVERITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_SEVERITY_VALUES!r}")
