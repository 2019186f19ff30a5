from typing import Literal

ActionConnectionHTTPIntegrationType = Literal["HTTP"]

ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES: set[ActionConnectionHTTPIntegrationType] = {
    "HTTP",
}


def check_action_connection_http_integration_type(value: str) -> ActionConnectionHTTPIntegrationType:
    if value in ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES!r}")
