"""`update_connection`: Update connection (`PUT /api/v2/product-analytics/{entity}/mapping/connection`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.product_analytics.update_connection(...)`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS, name_functions
from ...client import AsyncClient, Client, SyncClient
from ...types import Response, Unset

if TYPE_CHECKING:
    from ...models.product_analytics_update_connection_request import ProductAnalyticsUpdateConnectionRequest


OPERATION = OPERATIONS["update_connection"]


def _get_kwargs(
    entity: str,
    *,
    body: ProductAnalyticsUpdateConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/product-analytics/{entity}/mapping/connection".format(
            entity=quote(str(entity), safe=""),
        ),
    }

    if not isinstance(body, Unset) and not hasattr(body, "to_dict"):
        raise TypeError(
            f"body must be a datadog_async.models.ProductAnalyticsUpdateConnectionRequest, not {type(body).__name__}"
        )
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    raise client._unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    entity: str,
    *,
    client: SyncClient,
    body: ProductAnalyticsUpdateConnectionRequest,
) -> Response[None]:
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
        Response[None]
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    entity: str,
    *,
    client: SyncClient,
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

    return sync_detailed(
        entity=entity,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    entity: str,
    *,
    client: AsyncClient,
    body: ProductAnalyticsUpdateConnectionRequest,
) -> Response[None]:
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
        Response[None]
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity: str,
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
            entity=entity,
            client=client,
            body=body,
        )
    ).parsed


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
