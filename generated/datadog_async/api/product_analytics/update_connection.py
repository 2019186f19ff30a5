from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
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
    raise client.unexpected_status(OPERATION, response)


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
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )

    response = client.send(OPERATION, kwargs)

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
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )

    response = await client.send_async(OPERATION, kwargs)

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
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
