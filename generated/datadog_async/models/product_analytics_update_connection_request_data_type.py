from typing import Literal

ProductAnalyticsUpdateConnectionRequestDataType = Literal["connection_id"]

PRODUCT_ANALYTICS_UPDATE_CONNECTION_REQUEST_DATA_TYPE_VALUES: set[ProductAnalyticsUpdateConnectionRequestDataType] = {
    "connection_id",
}


def check_product_analytics_update_connection_request_data_type(
    value: str,
) -> ProductAnalyticsUpdateConnectionRequestDataType:
    if value in PRODUCT_ANALYTICS_UPDATE_CONNECTION_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_ANALYTICS_UPDATE_CONNECTION_REQUEST_DATA_TYPE_VALUES!r}"
    )
