from typing import Literal, TypeGuard

IncidentFieldAttributesSingleValueType = Literal["dropdown", "textbox"]

INCIDENT_FIELD_ATTRIBUTES_SINGLE_VALUE_TYPE_VALUES: set[IncidentFieldAttributesSingleValueType] = {
    "dropdown",
    "textbox",
}


def is_incident_field_attributes_single_value_type(value: object) -> TypeGuard[IncidentFieldAttributesSingleValueType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentFieldAttributesSingleValueType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_FIELD_ATTRIBUTES_SINGLE_VALUE_TYPE_VALUES


def check_incident_field_attributes_single_value_type(value: str) -> IncidentFieldAttributesSingleValueType:
    if value in INCIDENT_FIELD_ATTRIBUTES_SINGLE_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_FIELD_ATTRIBUTES_SINGLE_VALUE_TYPE_VALUES!r}"
    )
