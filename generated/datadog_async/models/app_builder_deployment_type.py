from typing import Literal

AppBuilderDeploymentType = Literal["deployment"]

APP_BUILDER_DEPLOYMENT_TYPE_VALUES: set[AppBuilderDeploymentType] = {
    "deployment",
}


def check_app_builder_deployment_type(value: str) -> AppBuilderDeploymentType:
    if value in APP_BUILDER_DEPLOYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_BUILDER_DEPLOYMENT_TYPE_VALUES!r}")
