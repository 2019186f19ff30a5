from typing import Literal

AppBuilderCustomConnectionType = Literal["custom_connections"]

APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES: set[AppBuilderCustomConnectionType] = {
    "custom_connections",
}


def check_app_builder_custom_connection_type(value: str) -> AppBuilderCustomConnectionType:
    if value in APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_CUSTOM_CONNECTION_TYPE_VALUES!r}")
