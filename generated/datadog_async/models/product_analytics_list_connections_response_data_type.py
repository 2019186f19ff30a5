from typing import Literal

ProductAnalyticsListConnectionsResponseDataType = Literal["list_connections_response"]

PRODUCT_ANALYTICS_LIST_CONNECTIONS_RESPONSE_DATA_TYPE_VALUES: set[ProductAnalyticsListConnectionsResponseDataType] = {
    "list_connections_response",
}


def check_product_analytics_list_connections_response_data_type(
    value: str,
) -> ProductAnalyticsListConnectionsResponseDataType:
    if value in PRODUCT_ANALYTICS_LIST_CONNECTIONS_RESPONSE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_ANALYTICS_LIST_CONNECTIONS_RESPONSE_DATA_TYPE_VALUES!r}"
    )
