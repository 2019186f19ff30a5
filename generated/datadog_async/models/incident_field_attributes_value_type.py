from typing import Literal

IncidentFieldAttributesValueType = Literal["autocomplete", "metrictag", "multiselect", "textarray"]

INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES: set[IncidentFieldAttributesValueType] = {
    "autocomplete",
    "metrictag",
    "multiselect",
    "textarray",
}


def check_incident_field_attributes_value_type(value: str) -> IncidentFieldAttributesValueType:
    if value in INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES!r}")
