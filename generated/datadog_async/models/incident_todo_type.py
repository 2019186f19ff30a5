from typing import Literal

IncidentTodoType = Literal["incident_todos"]

INCIDENT_TODO_TYPE_VALUES: set[IncidentTodoType] = {
    "incident_todos",
}


def check_incident_todo_type(value: str) -> IncidentTodoType:
    if value in INCIDENT_TODO_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_TODO_TYPE_VALUES!r}")
