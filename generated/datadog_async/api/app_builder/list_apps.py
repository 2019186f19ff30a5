"""`list_apps`: List apps (`GET /api/v2/app-builder/apps`).

Await `asyncio` (or `asyncio_detailed`, which also returns the status and headers) with an
`AsyncDatadogClient`, call `sync` (or `sync_detailed`) with a `DatadogClient`, or use the client's namespace:
`client.app_builder.list_apps(...)`.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._operations import OPERATIONS, name_functions
from ...client import AsyncClient, Client, SyncClient
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.app_builder_list_apps_response import AppBuilderListAppsResponse


OPERATION = OPERATIONS["list_apps"]


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["filter[user_name]"] = filter_user_name

    params["filter[user_uuid]"] = filter_user_uuid

    params["filter[name]"] = filter_name

    params["filter[query]"] = filter_query

    params["filter[deployed]"] = filter_deployed

    params["filter[tags]"] = filter_tags

    params["filter[favorite]"] = filter_favorite

    params["filter[self_service]"] = filter_self_service

    if isinstance(sort, str):
        raise TypeError("sort must be a list of values, not a str")
    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    if not isinstance(json_sort, Unset):
        params["sort"] = ",".join(str(item) for item in json_sort)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/app-builder/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> AppBuilderListAppsResponse:
    if response.status_code == 200:
        from ...models.app_builder_list_apps_response import AppBuilderListAppsResponse  # noqa: PLC0415

        try:
            parsed = AppBuilderListAppsResponse.from_dict(response.json())
        except (ValueError, RecursionError) as exc:  # the required structure is not there, not JSON, too deep
            raise client._invalid_response(OPERATION, response, exc) from exc
        if parsed._deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client._deviating_response(OPERATION, response, parsed)
        return parsed
    raise client._unexpected_status(OPERATION, response)


def _build_response(*, client: Client, response: httpx.Response) -> Response[AppBuilderListAppsResponse]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: SyncClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Response[AppBuilderListAppsResponse]:
    """List apps

     List all apps, with optional filters and sorting. This endpoint is paginated. Only basic app
    information such as the app ID, name, and description is returned by this endpoint. This endpoint
    requires the apps_run permission. Note: App Builder API endpoints are still under active development
    and might change at any time.

    Args:
        limit (int | Unset): The number of apps to return per page.
        page (int | Unset): The page number to return.
        filter_user_name (str | Unset): Filter apps by the app creator. Usually the user's email.
        filter_user_uuid (str | Unset): Filter apps by the app creator's UUID.
        filter_name (str | Unset): Filter by app name.
        filter_query (str | Unset): Filter apps by the app name or the app creator.
        filter_deployed (bool | Unset): Filter apps by whether they are published.
        filter_tags (str | Unset): Filter apps by tags.
        filter_favorite (bool | Unset): Filter apps by whether you have added them to your
            favorites.
        filter_self_service (bool | Unset): Filter apps by whether they are enabled for self-
            service.
        sort (list[str] | Unset): The fields and direction to sort apps by.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        Response[AppBuilderListAppsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        filter_user_name=filter_user_name,
        filter_user_uuid=filter_user_uuid,
        filter_name=filter_name,
        filter_query=filter_query,
        filter_deployed=filter_deployed,
        filter_tags=filter_tags,
        filter_favorite=filter_favorite,
        filter_self_service=filter_self_service,
        sort=sort,
    )

    response = client._send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: SyncClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> AppBuilderListAppsResponse:
    """List apps

     List all apps, with optional filters and sorting. This endpoint is paginated. Only basic app
    information such as the app ID, name, and description is returned by this endpoint. This endpoint
    requires the apps_run permission. Note: App Builder API endpoints are still under active development
    and might change at any time.

    Args:
        limit (int | Unset): The number of apps to return per page.
        page (int | Unset): The page number to return.
        filter_user_name (str | Unset): Filter apps by the app creator. Usually the user's email.
        filter_user_uuid (str | Unset): Filter apps by the app creator's UUID.
        filter_name (str | Unset): Filter by app name.
        filter_query (str | Unset): Filter apps by the app name or the app creator.
        filter_deployed (bool | Unset): Filter apps by whether they are published.
        filter_tags (str | Unset): Filter apps by tags.
        filter_favorite (bool | Unset): Filter apps by whether you have added them to your
            favorites.
        filter_self_service (bool | Unset): Filter apps by whether they are enabled for self-
            service.
        sort (list[str] | Unset): The fields and direction to sort apps by.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        AppBuilderListAppsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        filter_user_name=filter_user_name,
        filter_user_uuid=filter_user_uuid,
        filter_name=filter_name,
        filter_query=filter_query,
        filter_deployed=filter_deployed,
        filter_tags=filter_tags,
        filter_favorite=filter_favorite,
        filter_self_service=filter_self_service,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> Response[AppBuilderListAppsResponse]:
    """List apps

     List all apps, with optional filters and sorting. This endpoint is paginated. Only basic app
    information such as the app ID, name, and description is returned by this endpoint. This endpoint
    requires the apps_run permission. Note: App Builder API endpoints are still under active development
    and might change at any time.

    Args:
        limit (int | Unset): The number of apps to return per page.
        page (int | Unset): The page number to return.
        filter_user_name (str | Unset): Filter apps by the app creator. Usually the user's email.
        filter_user_uuid (str | Unset): Filter apps by the app creator's UUID.
        filter_name (str | Unset): Filter by app name.
        filter_query (str | Unset): Filter apps by the app name or the app creator.
        filter_deployed (bool | Unset): Filter apps by whether they are published.
        filter_tags (str | Unset): Filter apps by tags.
        filter_favorite (bool | Unset): Filter apps by whether you have added them to your
            favorites.
        filter_self_service (bool | Unset): Filter apps by whether they are enabled for self-
            service.
        sort (list[str] | Unset): The fields and direction to sort apps by.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        Response[AppBuilderListAppsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        filter_user_name=filter_user_name,
        filter_user_uuid=filter_user_uuid,
        filter_name=filter_name,
        filter_query=filter_query,
        filter_deployed=filter_deployed,
        filter_tags=filter_tags,
        filter_favorite=filter_favorite,
        filter_self_service=filter_self_service,
        sort=sort,
    )

    response = await client._send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    filter_user_name: str | Unset = UNSET,
    filter_user_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
    filter_query: str | Unset = UNSET,
    filter_deployed: bool | Unset = UNSET,
    filter_tags: str | Unset = UNSET,
    filter_favorite: bool | Unset = UNSET,
    filter_self_service: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
) -> AppBuilderListAppsResponse:
    """List apps

     List all apps, with optional filters and sorting. This endpoint is paginated. Only basic app
    information such as the app ID, name, and description is returned by this endpoint. This endpoint
    requires the apps_run permission. Note: App Builder API endpoints are still under active development
    and might change at any time.

    Args:
        limit (int | Unset): The number of apps to return per page.
        page (int | Unset): The page number to return.
        filter_user_name (str | Unset): Filter apps by the app creator. Usually the user's email.
        filter_user_uuid (str | Unset): Filter apps by the app creator's UUID.
        filter_name (str | Unset): Filter by app name.
        filter_query (str | Unset): Filter apps by the app name or the app creator.
        filter_deployed (bool | Unset): Filter apps by whether they are published.
        filter_tags (str | Unset): Filter apps by tags.
        filter_favorite (bool | Unset): Filter apps by whether you have added them to your
            favorites.
        filter_self_service (bool | Unset): Filter apps by whether they are enabled for self-
            service.
        sort (list[str] | Unset): The fields and direction to sort apps by.

    Raises:
        datadog_async.BadRequestError: The API answered 400.
        datadog_async.ForbiddenError: The API answered 403.
        datadog_async.RateLimitError: The API answered 429 and no retry was left.
        datadog_async.ServerError: The API answered a 5xx status and no retry was left.
        datadog_async.ApiError: Any other non-2xx status (the base class of the errors above).
        datadog_async.ApiTimeoutError: An attempt outlasted the client's timeout and no retry was left.
        datadog_async.ApiConnectionError: No response (refused, reset, DNS) and no retry was left.
        datadog_async.ResponseValidationError: A 2xx response does not match the spec.
        datadog_async.ClientClosedError: The client is closed.
        TypeError: An argument has the wrong type (checked before sending).
        ValueError: An argument is out of the spec's bounds (checked before sending).

    Returns:
        AppBuilderListAppsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            filter_user_name=filter_user_name,
            filter_user_uuid=filter_user_uuid,
            filter_name=filter_name,
            filter_query=filter_query,
            filter_deployed=filter_deployed,
            filter_tags=filter_tags,
            filter_favorite=filter_favorite,
            filter_self_service=filter_self_service,
            sort=sort,
        )
    ).parsed


name_functions(OPERATION.name, sync_detailed, sync, asyncio_detailed, asyncio)
