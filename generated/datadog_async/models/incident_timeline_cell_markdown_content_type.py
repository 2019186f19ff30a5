from typing import Literal

IncidentTimelineCellMarkdownContentType = Literal["markdown"]

INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES: set[IncidentTimelineCellMarkdownContentType] = {
    "markdown",
}


def check_incident_timeline_cell_markdown_content_type(value: str) -> IncidentTimelineCellMarkdownContentType:
    if value in INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES!r}"
    )
