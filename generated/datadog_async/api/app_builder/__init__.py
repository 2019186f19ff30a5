"""The `app_builder` API group: one module per operation, and the namespaces `client.app_builder` of both clients.

Datadog App Builder provides a low-code solution to rapidly develop and integrate secure, customized applications into your monitoring stack that are built to accelerate remediation at scale. These API endpoints allow you to create, read, update, delete, and publish apps.

`AppBuilderApi` (on `DatadogClient`) and `AsyncAppBuilderApi` (on `AsyncDatadogClient`) have one method per
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
from . import create_app as _create_app
from . import delete_app as _delete_app
from . import delete_apps as _delete_apps
from . import get_app as _get_app
from . import list_apps as _list_apps
from . import publish_app as _publish_app
from . import unpublish_app as _unpublish_app
from . import update_app as _update_app

if TYPE_CHECKING:
    from typing import cast

    from ...models.api_error_response import APIErrorResponse
    from ...models.app_builder_app_summary import AppBuilderAppSummary
    from ...models.app_builder_create_app_request import AppBuilderCreateAppRequest
    from ...models.app_builder_create_app_response import AppBuilderCreateAppResponse
    from ...models.app_builder_delete_app_response import AppBuilderDeleteAppResponse
    from ...models.app_builder_delete_apps_request import AppBuilderDeleteAppsRequest
    from ...models.app_builder_delete_apps_response import AppBuilderDeleteAppsResponse
    from ...models.app_builder_get_app_response import AppBuilderGetAppResponse
    from ...models.app_builder_list_apps_response import AppBuilderListAppsResponse
    from ...models.app_builder_publish_app_response import AppBuilderPublishAppResponse
    from ...models.app_builder_unpublish_app_response import AppBuilderUnpublishAppResponse
    from ...models.app_builder_update_app_request import AppBuilderUpdateAppRequest
    from ...models.app_builder_update_app_response import AppBuilderUpdateAppResponse
    from ...models.jsonapi_error_response import JSONAPIErrorResponse


class AsyncListApps:
    """`client.app_builder.list_apps`: await it for one page, or iterate `.paginate(...)` (items) or
    `.iter_pages(...)` (pages) for all of them."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def __call__(
        self,
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

        return await _list_apps.asyncio(
            client=self._client,
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

    def paginate(
        self,
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
        max_items: int | None = None,
    ) -> AsyncIterator[AppBuilderAppSummary]:
        """Every item of every page, in order: `async for item in client.app_builder.list_apps.paginate(...)`.

        Takes the operation's parameters (`page` is where paging starts), and
        `max_items` to stop after that many items. Stops at the last page; a cursor that does not advance
        raises `datadog_async.PaginationError`. Each page request raises as the operation does.
        """
        return iterate_async(
            _list_apps,
            self._client,
            {
                "limit": limit,
                "page": page,
                "filter_user_name": filter_user_name,
                "filter_user_uuid": filter_user_uuid,
                "filter_name": filter_name,
                "filter_query": filter_query,
                "filter_deployed": filter_deployed,
                "filter_tags": filter_tags,
                "filter_favorite": filter_favorite,
                "filter_self_service": filter_self_service,
                "sort": sort,
            },
            max_items,
            items=True,
        )

    def iter_pages(
        self,
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
        max_items: int | None = None,
    ) -> AsyncIterator[AppBuilderListAppsResponse]:
        """Every page, as the operation returns it: `async for page in client.app_builder.list_apps.iter_pages(...)`.

        Same parameters and stopping rules as `paginate`.
        """
        return iterate_async(
            _list_apps,
            self._client,
            {
                "limit": limit,
                "page": page,
                "filter_user_name": filter_user_name,
                "filter_user_uuid": filter_user_uuid,
                "filter_name": filter_name,
                "filter_query": filter_query,
                "filter_deployed": filter_deployed,
                "filter_tags": filter_tags,
                "filter_favorite": filter_favorite,
                "filter_self_service": filter_self_service,
                "sort": sort,
            },
            max_items,
            items=False,
        )


class AsyncAppBuilderApi:
    """`client.app_builder` of an AsyncDatadogClient: Datadog App Builder provides a low-code solution to rapidly develop and integrate secure, customized applications into your monitoring stack that are built to accelerate remediation at scale. These API endpoints allow you to create, read, update, delete, and publish apps."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_app(
        self,
        *,
        body: AppBuilderCreateAppRequest,
    ) -> AppBuilderCreateAppResponse:
        """Create app

         Create a new app, returning the app ID. This endpoint requires all of the following permissions:
        apps_write, connections_resolve, workflows_run. Note: App Builder API endpoints are still under
        active development and might change at any time.

        Args:
            body (AppBuilderCreateAppRequest): Body of a create app request: the definition of the new
                app.

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
            AppBuilderCreateAppResponse
        """

        return await _create_app.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_app(
        self,
        app_id: str,
    ) -> AppBuilderDeleteAppResponse:
        """Delete app

         Delete a single app. This endpoint requires the apps_write permission. Note: App Builder API
        endpoints are still under active development and might change at any time.

        Args:
            app_id (str): The ID of the app to delete.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderDeleteAppResponse
        """

        return await _delete_app.asyncio(
            client=self._client,
            app_id=app_id,
        )

    async def delete_apps(
        self,
        *,
        body: AppBuilderDeleteAppsRequest,
    ) -> AppBuilderDeleteAppsResponse:
        """Delete multiple apps

         Delete multiple apps in a single request from a list of app IDs. This endpoint requires the
        apps_write permission. Note: App Builder API endpoints are still under active development and might
        change at any time.

        Args:
            body (AppBuilderDeleteAppsRequest): Body of a delete apps request: the apps to delete.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderDeleteAppsResponse
        """

        return await _delete_apps.asyncio(
            client=self._client,
            body=body,
        )

    async def get_app(
        self,
        app_id: str,
        *,
        version: str | Unset = UNSET,
    ) -> AppBuilderGetAppResponse:
        """Get app

         Get the full definition of an app. This endpoint requires all of the following permissions:
        apps_run, connections_read. Note: App Builder API endpoints are still under active development and
        might change at any time.

        Args:
            app_id (str): The ID of the app to retrieve.
            version (str | Unset): The version number of the app to retrieve. If not specified, the
                latest version is returned. Version numbers start at 1 and increment with each update. The
                special values latest and deployed can be used to retrieve the latest version or the
                published version, respectively.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderGetAppResponse
        """

        return await _get_app.asyncio(
            client=self._client,
            app_id=app_id,
            version=version,
        )

    @property
    def list_apps(self) -> AsyncListApps:
        """List apps: await it for one page, or iterate `.paginate(...)` or `.iter_pages(...)`."""
        return AsyncListApps(self._client)

    async def publish_app(
        self,
        app_id: str,
    ) -> AppBuilderPublishAppResponse:
        """Publish app

         Publish an app for use by other users. To ensure the app is accessible to the correct users, you
        also need to set a Restriction Policy on the app if a policy does not yet exist. This endpoint
        requires the apps_write permission. Note: App Builder API endpoints are still under active
        development and might change at any time.

        Args:
            app_id (str): The ID of the app to publish.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderPublishAppResponse
        """

        return await _publish_app.asyncio(
            client=self._client,
            app_id=app_id,
        )

    async def unpublish_app(
        self,
        app_id: str,
    ) -> AppBuilderUnpublishAppResponse:
        """Unpublish app

         Unpublish an app, removing the live version of the app. Unpublishing creates a new instance of a
        deployment object on the app, with a nil app_version_id (00000000-0000-0000-0000-000000000000). The
        app can still be updated and published again in the future. This endpoint requires the apps_write
        permission. Note: App Builder API endpoints are still under active development and might change at
        any time.

        Args:
            app_id (str): The ID of the app to unpublish.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderUnpublishAppResponse
        """

        return await _unpublish_app.asyncio(
            client=self._client,
            app_id=app_id,
        )

    async def update_app(
        self,
        app_id: str,
        *,
        body: AppBuilderUpdateAppRequest,
    ) -> AppBuilderUpdateAppResponse:
        """Update app

         Update an existing app. This creates a new version of the app. This endpoint requires all of the
        following permissions: apps_write, connections_resolve, workflows_run. Note: App Builder API
        endpoints are still under active development and might change at any time.

        Args:
            app_id (str): The ID of the app to update.
            body (AppBuilderUpdateAppRequest): Body of an update app request: the changes to the app
                definition.

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
            AppBuilderUpdateAppResponse
        """

        return await _update_app.asyncio(
            client=self._client,
            app_id=app_id,
            body=body,
        )


class ListApps:
    """`client.app_builder.list_apps`: call it for one page, or iterate `.paginate(...)` (items) or
    `.iter_pages(...)` (pages) for all of them."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __call__(
        self,
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

        return _list_apps.sync(
            client=self._client,
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

    def paginate(
        self,
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
        max_items: int | None = None,
    ) -> Iterator[AppBuilderAppSummary]:
        """Every item of every page, in order: `for item in client.app_builder.list_apps.paginate(...)`.

        Takes the operation's parameters (`page` is where paging starts), and
        `max_items` to stop after that many items. Stops at the last page; a cursor that does not advance
        raises `datadog_async.PaginationError`. Each page request raises as the operation does.
        """
        return iterate_sync(
            _list_apps,
            self._client,
            {
                "limit": limit,
                "page": page,
                "filter_user_name": filter_user_name,
                "filter_user_uuid": filter_user_uuid,
                "filter_name": filter_name,
                "filter_query": filter_query,
                "filter_deployed": filter_deployed,
                "filter_tags": filter_tags,
                "filter_favorite": filter_favorite,
                "filter_self_service": filter_self_service,
                "sort": sort,
            },
            max_items,
            items=True,
        )

    def iter_pages(
        self,
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
        max_items: int | None = None,
    ) -> Iterator[AppBuilderListAppsResponse]:
        """Every page, as the operation returns it: `for page in client.app_builder.list_apps.iter_pages(...)`.

        Same parameters and stopping rules as `paginate`.
        """
        return iterate_sync(
            _list_apps,
            self._client,
            {
                "limit": limit,
                "page": page,
                "filter_user_name": filter_user_name,
                "filter_user_uuid": filter_user_uuid,
                "filter_name": filter_name,
                "filter_query": filter_query,
                "filter_deployed": filter_deployed,
                "filter_tags": filter_tags,
                "filter_favorite": filter_favorite,
                "filter_self_service": filter_self_service,
                "sort": sort,
            },
            max_items,
            items=False,
        )


class AppBuilderApi:
    """`client.app_builder` of a DatadogClient: Datadog App Builder provides a low-code solution to rapidly develop and integrate secure, customized applications into your monitoring stack that are built to accelerate remediation at scale. These API endpoints allow you to create, read, update, delete, and publish apps."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_app(
        self,
        *,
        body: AppBuilderCreateAppRequest,
    ) -> AppBuilderCreateAppResponse:
        """Create app

         Create a new app, returning the app ID. This endpoint requires all of the following permissions:
        apps_write, connections_resolve, workflows_run. Note: App Builder API endpoints are still under
        active development and might change at any time.

        Args:
            body (AppBuilderCreateAppRequest): Body of a create app request: the definition of the new
                app.

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
            AppBuilderCreateAppResponse
        """

        return _create_app.sync(
            client=self._client,
            body=body,
        )

    def delete_app(
        self,
        app_id: str,
    ) -> AppBuilderDeleteAppResponse:
        """Delete app

         Delete a single app. This endpoint requires the apps_write permission. Note: App Builder API
        endpoints are still under active development and might change at any time.

        Args:
            app_id (str): The ID of the app to delete.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderDeleteAppResponse
        """

        return _delete_app.sync(
            client=self._client,
            app_id=app_id,
        )

    def delete_apps(
        self,
        *,
        body: AppBuilderDeleteAppsRequest,
    ) -> AppBuilderDeleteAppsResponse:
        """Delete multiple apps

         Delete multiple apps in a single request from a list of app IDs. This endpoint requires the
        apps_write permission. Note: App Builder API endpoints are still under active development and might
        change at any time.

        Args:
            body (AppBuilderDeleteAppsRequest): Body of a delete apps request: the apps to delete.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderDeleteAppsResponse
        """

        return _delete_apps.sync(
            client=self._client,
            body=body,
        )

    def get_app(
        self,
        app_id: str,
        *,
        version: str | Unset = UNSET,
    ) -> AppBuilderGetAppResponse:
        """Get app

         Get the full definition of an app. This endpoint requires all of the following permissions:
        apps_run, connections_read. Note: App Builder API endpoints are still under active development and
        might change at any time.

        Args:
            app_id (str): The ID of the app to retrieve.
            version (str | Unset): The version number of the app to retrieve. If not specified, the
                latest version is returned. Version numbers start at 1 and increment with each update. The
                special values latest and deployed can be used to retrieve the latest version or the
                published version, respectively.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderGetAppResponse
        """

        return _get_app.sync(
            client=self._client,
            app_id=app_id,
            version=version,
        )

    @property
    def list_apps(self) -> ListApps:
        """List apps: call it for one page, or iterate `.paginate(...)` or `.iter_pages(...)`."""
        return ListApps(self._client)

    def publish_app(
        self,
        app_id: str,
    ) -> AppBuilderPublishAppResponse:
        """Publish app

         Publish an app for use by other users. To ensure the app is accessible to the correct users, you
        also need to set a Restriction Policy on the app if a policy does not yet exist. This endpoint
        requires the apps_write permission. Note: App Builder API endpoints are still under active
        development and might change at any time.

        Args:
            app_id (str): The ID of the app to publish.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderPublishAppResponse
        """

        return _publish_app.sync(
            client=self._client,
            app_id=app_id,
        )

    def unpublish_app(
        self,
        app_id: str,
    ) -> AppBuilderUnpublishAppResponse:
        """Unpublish app

         Unpublish an app, removing the live version of the app. Unpublishing creates a new instance of a
        deployment object on the app, with a nil app_version_id (00000000-0000-0000-0000-000000000000). The
        app can still be updated and published again in the future. This endpoint requires the apps_write
        permission. Note: App Builder API endpoints are still under active development and might change at
        any time.

        Args:
            app_id (str): The ID of the app to unpublish.

        Raises:
            datadog_async.BadRequestError: The API answered 400.
            datadog_async.ForbiddenError: The API answered 403.
            datadog_async.NotFoundError: The API answered 404.
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
            AppBuilderUnpublishAppResponse
        """

        return _unpublish_app.sync(
            client=self._client,
            app_id=app_id,
        )

    def update_app(
        self,
        app_id: str,
        *,
        body: AppBuilderUpdateAppRequest,
    ) -> AppBuilderUpdateAppResponse:
        """Update app

         Update an existing app. This creates a new version of the app. This endpoint requires all of the
        following permissions: apps_write, connections_resolve, workflows_run. Note: App Builder API
        endpoints are still under active development and might change at any time.

        Args:
            app_id (str): The ID of the app to update.
            body (AppBuilderUpdateAppRequest): Body of an update app request: the changes to the app
                definition.

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
            AppBuilderUpdateAppResponse
        """

        return _update_app.sync(
            client=self._client,
            app_id=app_id,
            body=body,
        )


__all__ = [
    "AsyncAppBuilderApi",
    "AppBuilderApi",
    "AsyncListApps",
    "ListApps",
]
