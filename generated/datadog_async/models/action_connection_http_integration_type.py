from typing import Literal, TypeGuard

ActionConnectionHTTPIntegrationType = Literal["HTTP"]

ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES: set[ActionConnectionHTTPIntegrationType] = {
    "HTTP",
}


def is_action_connection_http_integration_type(value: object) -> TypeGuard[ActionConnectionHTTPIntegrationType]:
    """Whether ``value`` is one of the values this SDK knows for ActionConnectionHTTPIntegrationType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES


def check_action_connection_http_integration_type(value: str) -> ActionConnectionHTTPIntegrationType:
    if value in ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES!r}")
