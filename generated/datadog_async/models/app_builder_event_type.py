from typing import Literal

AppBuilderEventType = Literal[
    "closeModal",
    "custom",
    "downloadFile",
    "openModal",
    "openUrl",
    "setComponentState",
    "setStateVariableValue",
    "triggerQuery",
]

APP_BUILDER_EVENT_TYPE_VALUES: set[AppBuilderEventType] = {
    "closeModal",
    "custom",
    "downloadFile",
    "openModal",
    "openUrl",
    "setComponentState",
    "setStateVariableValue",
    "triggerQuery",
}


def check_app_builder_event_type(value: str) -> AppBuilderEventType:
    if value in APP_BUILDER_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_EVENT_TYPE_VALUES!r}")
