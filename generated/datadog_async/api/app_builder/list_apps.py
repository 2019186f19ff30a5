from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._operations import OPERATIONS
from ...client import Client
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
        except ValueError as exc:  # ModelValidationError (the required structure is not there), or not JSON
            raise client.invalid_response(OPERATION, response, exc) from exc
        if parsed.deviations:  # a surprise below the required structure: strict mode raises, lenient logs
            client.deviating_response(OPERATION, response, parsed.deviations)
        return parsed
    raise client.unexpected_status(OPERATION, response)


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
    client: Client,
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
        limit (int | Unset):
        page (int | Unset):
        filter_user_name (str | Unset):
        filter_user_uuid (str | Unset):
        filter_name (str | Unset):
        filter_query (str | Unset):
        filter_deployed (bool | Unset):
        filter_tags (str | Unset):
        filter_favorite (bool | Unset):
        filter_self_service (bool | Unset):
        sort (list[str] | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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

    response = client.send(OPERATION, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
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
        limit (int | Unset):
        page (int | Unset):
        filter_user_name (str | Unset):
        filter_user_uuid (str | Unset):
        filter_name (str | Unset):
        filter_query (str | Unset):
        filter_deployed (bool | Unset):
        filter_tags (str | Unset):
        filter_favorite (bool | Unset):
        filter_self_service (bool | Unset):
        sort (list[str] | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
    client: Client,
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
        limit (int | Unset):
        page (int | Unset):
        filter_user_name (str | Unset):
        filter_user_uuid (str | Unset):
        filter_name (str | Unset):
        filter_query (str | Unset):
        filter_deployed (bool | Unset):
        filter_tags (str | Unset):
        filter_favorite (bool | Unset):
        filter_self_service (bool | Unset):
        sort (list[str] | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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

    response = await client.send_async(OPERATION, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
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
        limit (int | Unset):
        page (int | Unset):
        filter_user_name (str | Unset):
        filter_user_uuid (str | Unset):
        filter_name (str | Unset):
        filter_query (str | Unset):
        filter_deployed (bool | Unset):
        filter_tags (str | Unset):
        filter_favorite (bool | Unset):
        filter_self_service (bool | Unset):
        sort (list[str] | Unset):

    Raises:
        datadog_async.ApiError: A subclass per status when the API answers with a non-2xx status.
        datadog_async.UnstableOperationError: If the operation is unstable and not enabled on the client.
        httpx.TimeoutException: If the request takes longer than the client's timeout.

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
