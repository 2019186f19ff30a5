from typing import Literal, TypeGuard

AppBuilderDeploymentType = Literal["deployment"]

APP_BUILDER_DEPLOYMENT_TYPE_VALUES: set[AppBuilderDeploymentType] = {
    "deployment",
}


def is_app_builder_deployment_type(value: object) -> TypeGuard[AppBuilderDeploymentType]:
    """Whether ``value`` is one of the values this SDK knows for AppBuilderDeploymentType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in APP_BUILDER_DEPLOYMENT_TYPE_VALUES


def check_app_builder_deployment_type(value: str) -> AppBuilderDeploymentType:
    if value in APP_BUILDER_DEPLOYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_DEPLOYMENT_TYPE_VALUES!r}")
