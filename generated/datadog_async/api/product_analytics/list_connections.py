from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.product_analytics_list_connections_response import ProductAnalyticsListConnectionsResponse


OPERATION = OPERATIONS["list_connections"]


def _get_kwargs(
    entity: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/product-analytics/{entity}/mapping/connections".format(
            entity=quote(str(entity), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> ProductAnalyticsListConnectionsResponse:
    if response.status_code == 200:
        from ...models.product_analytics_list_connections_response import ProductAnalyticsListConnectionsResponse  # noqa: PLC0415

        try:
            parsed = ProductAnalyticsListConnectionsResponse.from_dict(response.json())
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[ProductAnalyticsListConnectionsResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    entity: str,
    *,
    client: Client,
) -> Response[ProductAnalyticsListConnectionsResponse]:
    """List connections

     List all data connections for an entity

    Args:
        entity (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[ProductAnalyticsListConnectionsResponse]
    """

    kwargs = _get_kwargs(
        entity=entity,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    entity: str,
    *,
    client: Client,
) -> ProductAnalyticsListConnectionsResponse:
    """List connections

     List all data connections for an entity

    Args:
        entity (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        ProductAnalyticsListConnectionsResponse
    """

    return sync_detailed(
        entity=entity,
        client=client,
    ).parsed


async def asyncio_detailed(
    entity: str,
    *,
    client: Client,
) -> Response[ProductAnalyticsListConnectionsResponse]:
    """List connections

     List all data connections for an entity

    Args:
        entity (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[ProductAnalyticsListConnectionsResponse]
    """

    kwargs = _get_kwargs(
        entity=entity,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity: str,
    *,
    client: Client,
) -> ProductAnalyticsListConnectionsResponse:
    """List connections

     List all data connections for an entity

    Args:
        entity (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        ProductAnalyticsListConnectionsResponse
    """

    return (
        await asyncio_detailed(
            entity=entity,
            client=client,
        )
    ).parsed
