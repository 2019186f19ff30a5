from typing import Literal, TypeGuard

AppBuilderAppDefinitionType = Literal["appDefinitions"]

APP_BUILDER_APP_DEFINITION_TYPE_VALUES: set[AppBuilderAppDefinitionType] = {
    "appDefinitions",
}


def is_app_builder_app_definition_type(value: object) -> TypeGuard[AppBuilderAppDefinitionType]:
    """Whether ``value`` is one of the values this SDK knows for AppBuilderAppDefinitionType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in APP_BUILDER_APP_DEFINITION_TYPE_VALUES


def check_app_builder_app_definition_type(value: str) -> AppBuilderAppDefinitionType:
    if value in APP_BUILDER_APP_DEFINITION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_APP_DEFINITION_TYPE_VALUES!r}")
