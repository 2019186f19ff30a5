from typing import Literal

IncidentSearchResultsType = Literal["incidents_search_results"]

INCIDENT_SEARCH_RESULTS_TYPE_VALUES: set[IncidentSearchResultsType] = {
    "incidents_search_results",
}


def check_incident_search_results_type(value: str) -> IncidentSearchResultsType:
    if value in INCIDENT_SEARCH_RESULTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_SEARCH_RESULTS_TYPE_VALUES!r}")
