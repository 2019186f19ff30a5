from typing import Literal, TypeGuard

ProductAnalyticsListConnectionsResponseDataType = Literal["list_connections_response"]

PRODUCT_ANALYTICS_LIST_CONNECTIONS_RESPONSE_DATA_TYPE_VALUES: set[ProductAnalyticsListConnectionsResponseDataType] = {
    "list_connections_response",
}


def is_product_analytics_list_connections_response_data_type(
    value: object,
) -> TypeGuard[ProductAnalyticsListConnectionsResponseDataType]:
    """Whether ``value`` is one of the values this SDK knows for ProductAnalyticsListConnectionsResponseDataType.

    Parsed models keep values added to the API later as plain strings; this narrows the field's type to the
    Literal when it is a known value.
    """
    return isinstance(value, str) and value in PRODUCT_ANALYTICS_LIST_CONNECTIONS_RESPONSE_DATA_TYPE_VALUES


def check_product_analytics_list_connections_response_data_type(
    value: str,
) -> ProductAnalyticsListConnectionsResponseDataType:
    if value in PRODUCT_ANALYTICS_LIST_CONNECTIONS_RESPONSE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_ANALYTICS_LIST_CONNECTIONS_RESPONSE_DATA_TYPE_VALUES!r}"
    )
