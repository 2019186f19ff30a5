from typing import Literal, TypeGuard

ActionConnectionDataType = Literal["action_connection"]

ACTION_CONNECTION_DATA_TYPE_VALUES: set[ActionConnectionDataType] = {
    "action_connection",
}


def is_action_connection_data_type(value: object) -> TypeGuard[ActionConnectionDataType]:
    """Whether ``value`` is one of the values this SDK knows for ActionConnectionDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in ACTION_CONNECTION_DATA_TYPE_VALUES


def check_action_connection_data_type(value: str) -> ActionConnectionDataType:
    if value in ACTION_CONNECTION_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_DATA_TYPE_VALUES!r}")
