from typing import Literal

IncidentSearchSortOrder = Literal["-created", "created"]

INCIDENT_SEARCH_SORT_ORDER_VALUES: set[IncidentSearchSortOrder] = {
    "-created",
    "created",
}


def check_incident_search_sort_order(value: str) -> IncidentSearchSortOrder:
    if value in INCIDENT_SEARCH_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_SEARCH_SORT_ORDER_VALUES!r}")
