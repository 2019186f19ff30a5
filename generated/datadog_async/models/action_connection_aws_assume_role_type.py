from typing import Literal

ActionConnectionAWSAssumeRoleType = Literal["AWSAssumeRole"]

ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES: set[ActionConnectionAWSAssumeRoleType] = {
    "AWSAssumeRole",
}


def check_action_connection_aws_assume_role_type(value: str) -> ActionConnectionAWSAssumeRoleType:
    if value in ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_AWS_ASSUME_ROLE_TYPE_VALUES!r}")
