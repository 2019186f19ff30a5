from typing import Literal, TypeGuard

IncidentRelationshipToUserDefinedFieldDataType = Literal["user_defined_field"]

INCIDENT_RELATIONSHIP_TO_USER_DEFINED_FIELD_DATA_TYPE_VALUES: set[IncidentRelationshipToUserDefinedFieldDataType] = {
    "user_defined_field",
}


def is_incident_relationship_to_user_defined_field_data_type(
    value: object,
) -> TypeGuard[IncidentRelationshipToUserDefinedFieldDataType]:
    """Whether ``value`` is one of the values this SDK knows for IncidentRelationshipToUserDefinedFieldDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in INCIDENT_RELATIONSHIP_TO_USER_DEFINED_FIELD_DATA_TYPE_VALUES


def check_incident_relationship_to_user_defined_field_data_type(
    value: str,
) -> IncidentRelationshipToUserDefinedFieldDataType:
    if value in INCIDENT_RELATIONSHIP_TO_USER_DEFINED_FIELD_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_USER_DEFINED_FIELD_DATA_TYPE_VALUES!r}"
    )
