"""`get_incident_integration`: Get incident integration metadata details (`GET /api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.incidents.get_incident_integration(...)`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS, name_functions
from ...client import AsyncClient, Client, SyncClient
from ...types import Response

if TYPE_CHECKING:
    from ...models.incident_integration_metadata_response import IncidentIntegrationMetadataResponse


OPERATION = OPERATIONS["get_incident_integration"]


def _get_kwargs(
    incident_id: str,
    integration_metadata_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}".format(
            incident_id=quote(str(incident_id), safe=""),
            integration_metadata_id=quote(str(integration_metadata_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> IncidentIntegrationMetadataResponse:
    if response.status_code == 200:
        from ...models.incident_integration_metadata_response import IncidentIntegrationMetadataResponse  # noqa: PLC0415

        try:
            parsed = IncidentIntegrationMetadataResponse.from_dict(response.json())
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[IncidentIntegrationMetadataResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    incident_id: str,
    integration_metadata_id: str,
    *,
    client: SyncClient,
) -> Response[IncidentIntegrationMetadataResponse]:
    """Get incident integration metadata details

     Get incident integration metadata details. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str): The UUID of the incident.
        integration_metadata_id (str): The UUID of the incident integration metadata.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.AuthenticationError: The API answered 401.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
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
        Response[IncidentIntegrationMetadataResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        integration_metadata_id=integration_metadata_id,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    integration_metadata_id: str,
    *,
    client: SyncClient,
) -> IncidentIntegrationMetadataResponse:
    """Get incident integration metadata details

     Get incident integration metadata details. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str): The UUID of the incident.
        integration_metadata_id (str): The UUID of the incident integration metadata.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.AuthenticationError: The API answered 401.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
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
        IncidentIntegrationMetadataResponse
    """

    return sync_detailed(
        incident_id=incident_id,
        integration_metadata_id=integration_metadata_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    incident_id: str,
    integration_metadata_id: str,
    *,
    client: AsyncClient,
) -> Response[IncidentIntegrationMetadataResponse]:
    """Get incident integration metadata details

     Get incident integration metadata details. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str): The UUID of the incident.
        integration_metadata_id (str): The UUID of the incident integration metadata.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.AuthenticationError: The API answered 401.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
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
        Response[IncidentIntegrationMetadataResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        integration_metadata_id=integration_metadata_id,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    integration_metadata_id: str,
    *,
    client: AsyncClient,
) -> IncidentIntegrationMetadataResponse:
    """Get incident integration metadata details

     Get incident integration metadata details. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str): The UUID of the incident.
        integration_metadata_id (str): The UUID of the incident integration metadata.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.AuthenticationError: The API answered 401.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.NotFoundError: The API answered 404.
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
        IncidentIntegrationMetadataResponse
    """

    return (
        await asyncio_detailed(
            incident_id=incident_id,
            integration_metadata_id=integration_metadata_id,
            client=client,
        )
    ).parsed


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
