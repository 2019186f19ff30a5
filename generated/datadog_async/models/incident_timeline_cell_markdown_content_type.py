from typing import Literal, TypeGuard

IncidentTimelineCellMarkdownContentType = Literal["markdown"]

INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES: set[IncidentTimelineCellMarkdownContentType] = {
    "markdown",
}


def is_incident_timeline_cell_markdown_content_type(
    value: object,
) -> TypeGuard[IncidentTimelineCellMarkdownContentType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentTimelineCellMarkdownContentType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES


def check_incident_timeline_cell_markdown_content_type(value: str) -> IncidentTimelineCellMarkdownContentType:
    if value in INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES!r}"
    )
