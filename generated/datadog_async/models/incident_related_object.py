from typing import Literal

IncidentRelatedObject = Literal["attachments", "users"]

INCIDENT_RELATED_OBJECT_VALUES: set[IncidentRelatedObject] = {
    "attachments",
    "users",
}


def check_incident_related_object(value: str) -> IncidentRelatedObject:
    if value in INCIDENT_RELATED_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATED_OBJECT_VALUES!r}")
