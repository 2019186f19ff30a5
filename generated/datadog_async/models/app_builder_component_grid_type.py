from typing import Literal, TypeGuard

AppBuilderComponentGridType = Literal["grid"]

APP_BUILDER_COMPONENT_GRID_TYPE_VALUES: set[AppBuilderComponentGridType] = {
    "grid",
}


def is_app_builder_component_grid_type(value: object) -> TypeGuard[AppBuilderComponentGridType]:
    """Whether ``value`` is one of the values this SDK knows for AppBuilderComponentGridType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in APP_BUILDER_COMPONENT_GRID_TYPE_VALUES


def check_app_builder_component_grid_type(value: str) -> AppBuilderComponentGridType:
    if value in APP_BUILDER_COMPONENT_GRID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_COMPONENT_GRID_TYPE_VALUES!r}")
