from typing import Literal, TypeGuard

IncidentSearchResultsType = Literal["incidents_search_results"]

INCIDENT_SEARCH_RESULTS_TYPE_VALUES: set[IncidentSearchResultsType] = {
    "incidents_search_results",
}


def is_incident_search_results_type(value: object) -> TypeGuard[IncidentSearchResultsType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentSearchResultsType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_SEARCH_RESULTS_TYPE_VALUES


def check_incident_search_results_type(value: str) -> IncidentSearchResultsType:
    if value in INCIDENT_SEARCH_RESULTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_SEARCH_RESULTS_TYPE_VALUES!r}")
