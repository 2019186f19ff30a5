from typing import Literal

ActionConnectionHTTPTokenAuthType = Literal["HTTPTokenAuth"]

ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES: set[ActionConnectionHTTPTokenAuthType] = {
    "HTTPTokenAuth",
}


def check_action_connection_http_token_auth_type(value: str) -> ActionConnectionHTTPTokenAuthType:
    if value in ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES!r}")
