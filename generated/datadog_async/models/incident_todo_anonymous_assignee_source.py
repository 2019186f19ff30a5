from typing import Literal

IncidentTodoAnonymousAssigneeSource = Literal["microsoft_teams", "slack"]

INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES: set[IncidentTodoAnonymousAssigneeSource] = {
    "microsoft_teams",
    "slack",
}


def check_incident_todo_anonymous_assignee_source(value: str) -> IncidentTodoAnonymousAssigneeSource:
    if value in INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES!r}")
