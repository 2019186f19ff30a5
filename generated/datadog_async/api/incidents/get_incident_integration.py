from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
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
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


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
    client: Client,
) -> Response[IncidentIntegrationMetadataResponse]:
    """Get incident integration metadata details

     Get incident integration metadata details. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str):
        integration_metadata_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentIntegrationMetadataResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        integration_metadata_id=integration_metadata_id,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    integration_metadata_id: str,
    *,
    client: Client,
) -> IncidentIntegrationMetadataResponse:
    """Get incident integration metadata details

     Get incident integration metadata details. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str):
        integration_metadata_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
    client: Client,
) -> Response[IncidentIntegrationMetadataResponse]:
    """Get incident integration metadata details

     Get incident integration metadata details. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str):
        integration_metadata_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentIntegrationMetadataResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        integration_metadata_id=integration_metadata_id,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    integration_metadata_id: str,
    *,
    client: Client,
) -> IncidentIntegrationMetadataResponse:
    """Get incident integration metadata details

     Get incident integration metadata details. This endpoint requires the incident_read authorization
    scope.

    Args:
        incident_id (str):
        integration_metadata_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
