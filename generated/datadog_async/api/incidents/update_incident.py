from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.incident_related_object import IncidentRelatedObject
    from ...models.incident_response import IncidentResponse
    from ...models.incident_update_request import IncidentUpdateRequest


OPERATION = OPERATIONS["update_incident"]


def _get_kwargs(
    incident_id: str,
    *,
    body: IncidentUpdateRequest,
    include: list[IncidentRelatedObject] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    if isinstance(include, str):
        raise TypeError("include must be a list of values, not a str")
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    if not isinstance(json_include, Unset):
        params["include"] = ",".join(str(item) for item in json_include)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/incidents/{incident_id}".format(
            incident_id=quote(str(incident_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset) and not hasattr(body, "to_dict"):
        raise TypeError(f"body must be a datadog_async.models.IncidentUpdateRequest, not {type(body).__name__}")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> IncidentResponse:
    if response.status_code == 200:
        from ...models.incident_response import IncidentResponse  # noqa: PLC0415

        try:
            parsed = IncidentResponse.from_dict(response.json())
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[IncidentResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    incident_id: str,
    *,
    client: Client,
    body: IncidentUpdateRequest,
    include: list[IncidentRelatedObject] | Unset = UNSET,
) -> Response[IncidentResponse]:
    """Update an existing incident

     Updates an incident. Provide only the attributes that should be updated as this request is a partial
    update. This endpoint requires the `incident_write` authorization scope.

    Args:
        incident_id (str):
        include (list[IncidentRelatedObject] | Unset):
        body (IncidentUpdateRequest): Update request for an incident.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        body=body,
        include=include,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    incident_id: str,
    *,
    client: Client,
    body: IncidentUpdateRequest,
    include: list[IncidentRelatedObject] | Unset = UNSET,
) -> IncidentResponse:
    """Update an existing incident

     Updates an incident. Provide only the attributes that should be updated as this request is a partial
    update. This endpoint requires the `incident_write` authorization scope.

    Args:
        incident_id (str):
        include (list[IncidentRelatedObject] | Unset):
        body (IncidentUpdateRequest): Update request for an incident.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentResponse
    """

    return sync_detailed(
        incident_id=incident_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    incident_id: str,
    *,
    client: Client,
    body: IncidentUpdateRequest,
    include: list[IncidentRelatedObject] | Unset = UNSET,
) -> Response[IncidentResponse]:
    """Update an existing incident

     Updates an incident. Provide only the attributes that should be updated as this request is a partial
    update. This endpoint requires the `incident_write` authorization scope.

    Args:
        incident_id (str):
        include (list[IncidentRelatedObject] | Unset):
        body (IncidentUpdateRequest): Update request for an incident.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[IncidentResponse]
    """

    kwargs = _get_kwargs(
        incident_id=incident_id,
        body=body,
        include=include,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    incident_id: str,
    *,
    client: Client,
    body: IncidentUpdateRequest,
    include: list[IncidentRelatedObject] | Unset = UNSET,
) -> IncidentResponse:
    """Update an existing incident

     Updates an incident. Provide only the attributes that should be updated as this request is a partial
    update. This endpoint requires the `incident_write` authorization scope.

    Args:
        incident_id (str):
        include (list[IncidentRelatedObject] | Unset):
        body (IncidentUpdateRequest): Update request for an incident.

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        IncidentResponse
    """

    return (
        await asyncio_detailed(
            incident_id=incident_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
