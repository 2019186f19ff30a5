from typing import Literal, TypeGuard

ProductAnalyticsUpdateConnectionRequestDataType = Literal["connection_id"]

PRODUCT_ANALYTICS_UPDATE_CONNECTION_REQUEST_DATA_TYPE_VALUES: set[ProductAnalyticsUpdateConnectionRequestDataType] = {
    "connection_id",
}


def is_product_analytics_update_connection_request_data_type(
    value: object,
) -> TypeGuard[ProductAnalyticsUpdateConnectionRequestDataType]:
    """Whether ``value`` is one of the values this SDK knows for ProductAnalyticsUpdateConnectionRequestDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in PRODUCT_ANALYTICS_UPDATE_CONNECTION_REQUEST_DATA_TYPE_VALUES


def check_product_analytics_update_connection_request_data_type(
    value: str,
) -> ProductAnalyticsUpdateConnectionRequestDataType:
    if value in PRODUCT_ANALYTICS_UPDATE_CONNECTION_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_ANALYTICS_UPDATE_CONNECTION_REQUEST_DATA_TYPE_VALUES!r}"
    )
