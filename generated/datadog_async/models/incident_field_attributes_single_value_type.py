from typing import Literal

IncidentFieldAttributesSingleValueType = Literal["dropdown", "textbox"]

INCIDENT_FIELD_ATTRIBUTES_SINGLE_VALUE_TYPE_VALUES: set[IncidentFieldAttributesSingleValueType] = {
    "dropdown",
    "textbox",
}


def check_incident_field_attributes_single_value_type(value: str) -> IncidentFieldAttributesSingleValueType:
    if value in INCIDENT_FIELD_ATTRIBUTES_SINGLE_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_FIELD_ATTRIBUTES_SINGLE_VALUE_TYPE_VALUES!r}"
    )
