from typing import Literal

ActionConnectionDataType = Literal["action_connection"]

ACTION_CONNECTION_DATA_TYPE_VALUES: set[ActionConnectionDataType] = {
    "action_connection",
}


def check_action_connection_data_type(value: str) -> ActionConnectionDataType:
    if value in ACTION_CONNECTION_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_DATA_TYPE_VALUES!r}")
