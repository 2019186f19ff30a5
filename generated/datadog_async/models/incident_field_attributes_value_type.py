from typing import Literal, TypeGuard

IncidentFieldAttributesValueType = Literal["autocomplete", "metrictag", "multiselect", "textarray"]

INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES: set[IncidentFieldAttributesValueType] = {
    "autocomplete",
    "metrictag",
    "multiselect",
    "textarray",
}


def is_incident_field_attributes_value_type(value: object) -> TypeGuard[IncidentFieldAttributesValueType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentFieldAttributesValueType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES


def check_incident_field_attributes_value_type(value: str) -> IncidentFieldAttributesValueType:
    if value in INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_FIELD_ATTRIBUTES_VALUE_TYPE_VALUES!r}")
