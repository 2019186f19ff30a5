from typing import Literal

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


def check_app_builder_event_name(value: str) -> AppBuilderEventName:
    if value in APP_BUILDER_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_EVENT_NAME_VALUES!r}")
