from typing import Literal, TypeGuard

AppBuilderQueryType = Literal["action", "dataTransform", "stateVariable"]

APP_BUILDER_QUERY_TYPE_VALUES: set[AppBuilderQueryType] = {
    "action",
    "dataTransform",
    "stateVariable",
}


def is_app_builder_query_type(value: object) -> TypeGuard[AppBuilderQueryType]:
    """Whether ``value`` is one of the values this SDK knows for AppBuilderQueryType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in APP_BUILDER_QUERY_TYPE_VALUES


def check_app_builder_query_type(value: str) -> AppBuilderQueryType:
    if value in APP_BUILDER_QUERY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_QUERY_TYPE_VALUES!r}")
