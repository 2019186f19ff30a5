from typing import Literal, TypeGuard

AppBuilderCustomConnectionType = Literal["custom_connections"]

APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES: set[AppBuilderCustomConnectionType] = {
    "custom_connections",
}


def is_app_builder_custom_connection_type(value: object) -> TypeGuard[AppBuilderCustomConnectionType]:
    """Whether ``value`` is one of the values this SDK knows for AppBuilderCustomConnectionType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES


def check_app_builder_custom_connection_type(value: str) -> AppBuilderCustomConnectionType:
    if value in APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES!r}")
