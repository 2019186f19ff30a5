from typing import Literal, TypeGuard

ActionConnectionAWSIntegrationType = Literal["AWS"]

ACTION_CONNECTION_AWS_INTEGRATION_TYPE_VALUES: set[ActionConnectionAWSIntegrationType] = {
    "AWS",
}


def is_action_connection_aws_integration_type(value: object) -> TypeGuard[ActionConnectionAWSIntegrationType]:
    """Whether ``value`` is one of the values this SDK knows for ActionConnectionAWSIntegrationType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in ACTION_CONNECTION_AWS_INTEGRATION_TYPE_VALUES


def check_action_connection_aws_integration_type(value: str) -> ActionConnectionAWSIntegrationType:
    if value in ACTION_CONNECTION_AWS_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_AWS_INTEGRATION_TYPE_VALUES!r}")
