from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ..._operations import OPERATIONS
from ...client import Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.app_builder_unpublish_app_response import AppBuilderUnpublishAppResponse


OPERATION = OPERATIONS["unpublish_app"]


def _get_kwargs(
    app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/app-builder/apps/{app_id}/deployment".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AppBuilderUnpublishAppResponse:
    if response.status_code == 200:
        from ...models.app_builder_unpublish_app_response import AppBuilderUnpublishAppResponse  # noqa: PLC0415

        try:
            parsed = AppBuilderUnpublishAppResponse.from_dict(response.json())
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[AppBuilderUnpublishAppResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    app_id: str,
    *,
    client: Client,
) -> Response[AppBuilderUnpublishAppResponse]:
    """Unpublish app

     Unpublish an app, removing the live version of the app. Unpublishing creates a new instance of a
    deployment object on the app, with a nil app_version_id (00000000-0000-0000-0000-000000000000). The
    app can still be updated and published again in the future. This endpoint requires the apps_write
    permission. Note: App Builder API endpoints are still under active development and might change at
    any time.

    Args:
        app_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[AppBuilderUnpublishAppResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
    )

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: Client,
) -> AppBuilderUnpublishAppResponse:
    """Unpublish app

     Unpublish an app, removing the live version of the app. Unpublishing creates a new instance of a
    deployment object on the app, with a nil app_version_id (00000000-0000-0000-0000-000000000000). The
    app can still be updated and published again in the future. This endpoint requires the apps_write
    permission. Note: App Builder API endpoints are still under active development and might change at
    any time.

    Args:
        app_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        AppBuilderUnpublishAppResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: Client,
) -> Response[AppBuilderUnpublishAppResponse]:
    """Unpublish app

     Unpublish an app, removing the live version of the app. Unpublishing creates a new instance of a
    deployment object on the app, with a nil app_version_id (00000000-0000-0000-0000-000000000000). The
    app can still be updated and published again in the future. This endpoint requires the apps_write
    permission. Note: App Builder API endpoints are still under active development and might change at
    any time.

    Args:
        app_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        Response[AppBuilderUnpublishAppResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
    )

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: Client,
) -> AppBuilderUnpublishAppResponse:
    """Unpublish app

     Unpublish an app, removing the live version of the app. Unpublishing creates a new instance of a
    deployment object on the app, with a nil app_version_id (00000000-0000-0000-0000-000000000000). The
    app can still be updated and published again in the future. This endpoint requires the apps_write
    permission. Note: App Builder API endpoints are still under active development and might change at
    any time.

    Args:
        app_id (str):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

    Returns:
        AppBuilderUnpublishAppResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
        )
    ).parsed
