from typing import Literal, TypeGuard

AppBuilderEventName = Literal[
    "_tableRowButtonClick",
    "change",
    "click",
    "close",
    "executionFinished",
    "open",
    "pageChange",
    "submit",
    "tableRowClick",
    "toggleOpen",
]

APP_BUILDER_EVENT_NAME_VALUES: set[AppBuilderEventName] = {
    "_tableRowButtonClick",
    "change",
    "click",
    "close",
    "executionFinished",
    "open",
    "pageChange",
    "submit",
    "tableRowClick",
    "toggleOpen",
}


def is_app_builder_event_name(value: object) -> TypeGuard[AppBuilderEventName]:
    """Whether ``value`` is one of the values this SDK knows for AppBuilderEventName.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in APP_BUILDER_EVENT_NAME_VALUES


def check_app_builder_event_name(value: str) -> AppBuilderEventName:
    if value in APP_BUILDER_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_EVENT_NAME_VALUES!r}")
