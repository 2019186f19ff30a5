from typing import Literal

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


def check_app_builder_component_type(value: str) -> AppBuilderComponentType:
    if value in APP_BUILDER_COMPONENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_COMPONENT_TYPE_VALUES!r}")
