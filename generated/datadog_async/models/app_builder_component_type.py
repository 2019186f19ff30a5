from typing import Literal, TypeGuard

AppBuilderComponentType = Literal[
    "button",
    "calloutValue",
    "checkbox",
    "container",
    "dateRangePicker",
    "fileInput",
    "gridCell",
    "jsonInput",
    "modal",
    "numberInput",
    "radioButtons",
    "schemaForm",
    "search",
    "select",
    "table",
    "tabs",
    "text",
    "textArea",
    "textInput",
    "vegaChart",
]

APP_BUILDER_COMPONENT_TYPE_VALUES: set[AppBuilderComponentType] = {
    "button",
    "calloutValue",
    "checkbox",
    "container",
    "dateRangePicker",
    "fileInput",
    "gridCell",
    "jsonInput",
    "modal",
    "numberInput",
    "radioButtons",
    "schemaForm",
    "search",
    "select",
    "table",
    "tabs",
    "text",
    "textArea",
    "textInput",
    "vegaChart",
}


def is_app_builder_component_type(value: object) -> TypeGuard[AppBuilderComponentType]:
    """Whether ``value`` is one of the values this SDK knows for AppBuilderComponentType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in APP_BUILDER_COMPONENT_TYPE_VALUES


def check_app_builder_component_type(value: str) -> AppBuilderComponentType:
    if value in APP_BUILDER_COMPONENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_COMPONENT_TYPE_VALUES!r}")
