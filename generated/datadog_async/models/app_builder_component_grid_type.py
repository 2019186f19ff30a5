from typing import Literal

AppBuilderComponentGridType = Literal["grid"]

APP_BUILDER_COMPONENT_GRID_TYPE_VALUES: set[AppBuilderComponentGridType] = {
    "grid",
}


def check_app_builder_component_grid_type(value: str) -> AppBuilderComponentGridType:
    if value in APP_BUILDER_COMPONENT_GRID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_COMPONENT_GRID_TYPE_VALUES!r}")
