from typing import Literal, TypeGuard

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


def is_app_builder_event_type(value: object) -> TypeGuard[AppBuilderEventType]:
    """Whether ``value`` is one of the values this SDK knows for AppBuilderEventType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in APP_BUILDER_EVENT_TYPE_VALUES


def check_app_builder_event_type(value: str) -> AppBuilderEventType:
    if value in APP_BUILDER_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_EVENT_TYPE_VALUES!r}")
