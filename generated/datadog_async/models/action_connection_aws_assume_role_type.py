from typing import Literal, TypeGuard

ActionConnectionAWSAssumeRoleType = Literal["AWSAssumeRole"]

ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES: set[ActionConnectionAWSAssumeRoleType] = {
    "AWSAssumeRole",
}


def is_action_connection_aws_assume_role_type(value: object) -> TypeGuard[ActionConnectionAWSAssumeRoleType]:
    """Whether ``value`` is one of the values this SDK knows for ActionConnectionAWSAssumeRoleType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES


def check_action_connection_aws_assume_role_type(value: str) -> ActionConnectionAWSAssumeRoleType:
    if value in ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES!r}")
