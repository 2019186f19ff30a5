from typing import Literal, TypeGuard

IncidentTodoType = Literal["incident_todos"]

INCIDENT_TODO_TYPE_VALUES: set[IncidentTodoType] = {
    "incident_todos",
}


def is_incident_todo_type(value: object) -> TypeGuard[IncidentTodoType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentTodoType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_TODO_TYPE_VALUES


def check_incident_todo_type(value: str) -> IncidentTodoType:
    if value in INCIDENT_TODO_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_TODO_TYPE_VALUES!r}")
