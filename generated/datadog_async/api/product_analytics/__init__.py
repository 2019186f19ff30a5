"""The `product_analytics` API group: one module per operation, and the namespaces `client.product_analytics` of both clients.

RUM audience management data connections.

`ProductAnalyticsApi` (on `DatadogClient`) and `AsyncProductAnalyticsApi` (on `AsyncDatadogClient`) have one method per
operation, with the operation's parameters, return type and docstring; each delegates to the operation module's
`sync` or `asyncio` function. A paged operation is an object: call it for one page, or iterate
`.paginate(...)` (items) or `.iter_pages(...)` (pages).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ..._pagination import iterate_async, iterate_sync
from ...client import AsyncClient, SyncClient
from ...types import UNSET, Unset
from . import list_connections as _list_connections
from . import update_connection as _update_connection

if TYPE_CHECKING:
    from typing import cast

    from ...models.api_error_response import APIErrorResponse
    from ...models.product_analytics_list_connections_response import ProductAnalyticsListConnectionsResponse
    from ...models.product_analytics_update_connection_request import ProductAnalyticsUpdateConnectionRequest


class AsyncProductAnalyticsApi:
    """`client.product_analytics` of an AsyncDatadogClient: RUM audience management data connections."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_connections(
        self,
        entity: str,
    ) -> ProductAnalyticsListConnectionsResponse:
        """List connections

         List all data connections for an entity

        Args:
            entity (str): The entity for which to list connections

        Raises:
            datadog_async.RateLimitError: The API answered 429 and no retry was left.
            datadog_async.ServerError: The API answered a 5xx status and no retry was left.
            datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
            datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
            datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
            datadog_async.ResponseValidationError: A 2xx response does not match the spec.
            datadog_async.UnstableOperationError: This beta operation is not enabled on the client.
            datadog_async.ClientClosedError: The client is closed.
            TypeError: An argument has the wrong type (checked before sending).
            ValueError: An argument is out of the spec's bounds (checked before sending).

        Returns:
            ProductAnalyticsListConnectionsResponse
        """

        return await _list_connections.asyncio(
            client=self._client,
            entity=entity,
        )

    async def update_connection(
        self,
        entity: str,
        *,
        body: ProductAnalyticsUpdateConnectionRequest,
    ) -> None:
        """Update connection

         Update an existing data connection by adding, updating, or deleting fields

        Args:
            entity (str): The entity for which to update the connection
            body (ProductAnalyticsUpdateConnectionRequest): Body of an update connection request: the
                field changes to apply.

        Raises:
            datadog_async.RateLimitError: The API answered 429 and no retry was left.
            datadog_async.ServerError: The API answered a 5xx status and no retry was left.
            datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
            datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
            datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
            datadog_async.ResponseValidationError: A 2xx response does not match the spec.
            datadog_async.UnstableOperationError: This beta operation is not enabled on the client.
            datadog_async.ClientClosedError: The client is closed.
            TypeError: An argument has the wrong type (checked before sending).
            ValueError: An argument is out of the spec's bounds (checked before sending).

        Returns:
            None
        """

        return await _update_connection.asyncio(
            client=self._client,
            entity=entity,
            body=body,
        )


class ProductAnalyticsApi:
    """`client.product_analytics` of a DatadogClient: RUM audience management data connections."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list_connections(
        self,
        entity: str,
    ) -> ProductAnalyticsListConnectionsResponse:
        """List connections

         List all data connections for an entity

        Args:
            entity (str): The entity for which to list connections

        Raises:
            datadog_async.RateLimitError: The API answered 429 and no retry was left.
            datadog_async.ServerError: The API answered a 5xx status and no retry was left.
            datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
            datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
            datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
            datadog_async.ResponseValidationError: A 2xx response does not match the spec.
            datadog_async.UnstableOperationError: This beta operation is not enabled on the client.
            datadog_async.ClientClosedError: The client is closed.
            TypeError: An argument has the wrong type (checked before sending).
            ValueError: An argument is out of the spec's bounds (checked before sending).

        Returns:
            ProductAnalyticsListConnectionsResponse
        """

        return _list_connections.sync(
            client=self._client,
            entity=entity,
        )

    def update_connection(
        self,
        entity: str,
        *,
        body: ProductAnalyticsUpdateConnectionRequest,
    ) -> None:
        """Update connection

         Update an existing data connection by adding, updating, or deleting fields

        Args:
            entity (str): The entity for which to update the connection
            body (ProductAnalyticsUpdateConnectionRequest): Body of an update connection request: the
                field changes to apply.

        Raises:
            datadog_async.RateLimitError: The API answered 429 and no retry was left.
            datadog_async.ServerError: The API answered a 5xx status and no retry was left.
            datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
            datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
            datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
            datadog_async.ResponseValidationError: A 2xx response does not match the spec.
            datadog_async.UnstableOperationError: This beta operation is not enabled on the client.
            datadog_async.ClientClosedError: The client is closed.
            TypeError: An argument has the wrong type (checked before sending).
            ValueError: An argument is out of the spec's bounds (checked before sending).

        Returns:
            None
        """

        return _update_connection.sync(
            client=self._client,
            entity=entity,
            body=body,
        )


__all__ = [
    "AsyncProductAnalyticsApi",
    "ProductAnalyticsApi",
]
