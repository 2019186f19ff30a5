from typing import Literal

AppBuilderQueryType = Literal["action", "dataTransform", "stateVariable"]

APP_BUILDER_QUERY_TYPE_VALUES: set[AppBuilderQueryType] = {
    "action",
    "dataTransform",
    "stateVariable",
}


def check_app_builder_query_type(value: str) -> AppBuilderQueryType:
    if value in APP_BUILDER_QUERY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_QUERY_TYPE_VALUES!r}")
