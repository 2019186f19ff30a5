from typing import Literal

ActionConnectionAWSIntegrationType = Literal["AWS"]

ACTION_CONNECTION_AWS_INTEGRATION_TYPE_VALUES: set[ActionConnectionAWSIntegrationType] = {
    "AWS",
}


def check_action_connection_aws_integration_type(value: str) -> ActionConnectionAWSIntegrationType:
    if value in ACTION_CONNECTION_AWS_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_AWS_INTEGRATION_TYPE_VALUES!r}")
