from typing import Literal, TypeGuard

ActionConnectionTokenType = Literal["SECRET"]

ACTION_CONNECTION_TOKEN_TYPE_VALUES: set[ActionConnectionTokenType] = {
    "SECRET",
}


def is_action_connection_token_type(value: object) -> TypeGuard[ActionConnectionTokenType]:
    """Whether ``value`` is one of the values this SDK knows for ActionConnectionTokenType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in ACTION_CONNECTION_TOKEN_TYPE_VALUES


def check_action_connection_token_type(value: str) -> ActionConnectionTokenType:
    if value in ACTION_CONNECTION_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_TOKEN_TYPE_VALUES!r}")
