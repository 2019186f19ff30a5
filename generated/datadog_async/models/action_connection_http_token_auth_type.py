from typing import Literal, TypeGuard

ActionConnectionHTTPTokenAuthType = Literal["HTTPTokenAuth"]

ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES: set[ActionConnectionHTTPTokenAuthType] = {
    "HTTPTokenAuth",
}


def is_action_connection_http_token_auth_type(value: object) -> TypeGuard[ActionConnectionHTTPTokenAuthType]:
    """Whether ``value`` is one of the values this SDK knows for ActionConnectionHTTPTokenAuthType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES


def check_action_connection_http_token_auth_type(value: str) -> ActionConnectionHTTPTokenAuthType:
    if value in ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES!r}")
