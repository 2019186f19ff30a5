from typing import Literal

IncidentRelationshipToUserDefinedFieldDataType = Literal["user_defined_field"]

INCIDENT_RELATIONSHIP_TO_USER_DEFINED_FIELD_DATA_TYPE_VALUES: set[IncidentRelationshipToUserDefinedFieldDataType] = {
    "user_defined_field",
}


def check_incident_relationship_to_user_defined_field_data_type(
    value: str,
) -> IncidentRelationshipToUserDefinedFieldDataType:
    if value in INCIDENT_RELATIONSHIP_TO_USER_DEFINED_FIELD_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCIDENT_RELATIONSHIP_TO_USER_DEFINED_FIELD_DATA_TYPE_VALUES!r}"
    )
