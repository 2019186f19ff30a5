from typing import Literal, TypeGuard

IncidentTodoAnonymousAssigneeSource = Literal["microsoft_teams", "slack"]

INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES: set[IncidentTodoAnonymousAssigneeSource] = {
    "microsoft_teams",
    "slack",
}


def is_incident_todo_anonymous_assignee_source(value: object) -> TypeGuard[IncidentTodoAnonymousAssigneeSource]:
    """Whether ``value`` is one of the values this SDK knows for IncidentTodoAnonymousAssigneeSource.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES


def check_incident_todo_anonymous_assignee_source(value: str) -> IncidentTodoAnonymousAssigneeSource:
    if value in INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES!r}")
