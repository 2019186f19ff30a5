from typing import Literal, TypeGuard

IncidentSearchSortOrder = Literal["-created", "created"]

INCIDENT_SEARCH_SORT_ORDER_VALUES: set[IncidentSearchSortOrder] = {
    "-created",
    "created",
}


def is_incident_search_sort_order(value: object) -> TypeGuard[IncidentSearchSortOrder]:
    """Whether ``value`` is one of the values this SDK knows for IncidentSearchSortOrder.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_SEARCH_SORT_ORDER_VALUES


def check_incident_search_sort_order(value: str) -> IncidentSearchSortOrder:
    if value in INCIDENT_SEARCH_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_SEARCH_SORT_ORDER_VALUES!r}")
