from typing import Literal

ActionConnectionTokenType = Literal["SECRET"]

ACTION_CONNECTION_TOKEN_TYPE_VALUES: set[ActionConnectionTokenType] = {
    "SECRET",
}


def check_action_connection_token_type(value: str) -> ActionConnectionTokenType:
    if value in ACTION_CONNECTION_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_TOKEN_TYPE_VALUES!r}")
