from typing import Literal

AppBuilderAppDefinitionType = Literal["appDefinitions"]

APP_BUILDER_APP_DEFINITION_TYPE_VALUES: set[AppBuilderAppDefinitionType] = {
    "appDefinitions",
}


def check_app_builder_app_definition_type(value: str) -> AppBuilderAppDefinitionType:
    if value in APP_BUILDER_APP_DEFINITION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_APP_DEFINITION_TYPE_VALUES!r}")
