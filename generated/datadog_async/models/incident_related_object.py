from typing import Literal, TypeGuard

IncidentRelatedObject = Literal["attachments", "users"]

INCIDENT_RELATED_OBJECT_VALUES: set[IncidentRelatedObject] = {
    "attachments",
    "users",
}


def is_incident_related_object(value: object) -> TypeGuard[IncidentRelatedObject]:
    """Whether ``value`` is one of the values this SDK knows for IncidentRelatedObject.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_RELATED_OBJECT_VALUES


def check_incident_related_object(value: str) -> IncidentRelatedObject:
    if value in INCIDENT_RELATED_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATED_OBJECT_VALUES!r}")
