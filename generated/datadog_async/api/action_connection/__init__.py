"""The `action_connection` API group: one module per operation, and the namespaces `client.action_connection` of both clients.

Action connections extend your installed integrations and allow you to take action in your third-party systems (e.g. AWS, GitLab, and Statuspage) with Datadog’s Workflow Automation and App Builder products.

`ActionConnectionApi` (on `DatadogClient`) and `AsyncActionConnectionApi` (on `AsyncDatadogClient`) have one method per
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
from . import create_action_connection as _create_action_connection
from . import delete_action_connection as _delete_action_connection
from . import get_action_connection as _get_action_connection
from . import update_action_connection as _update_action_connection

if TYPE_CHECKING:
    from typing import cast

    from ...models.action_connection_create_request import ActionConnectionCreateRequest
    from ...models.action_connection_response import ActionConnectionResponse
    from ...models.action_connection_update_request import ActionConnectionUpdateRequest
    from ...models.jsonapi_error_response import JSONAPIErrorResponse


class AsyncActionConnectionApi:
    """`client.action_connection` of an AsyncDatadogClient: Action connections extend your installed integrations and allow you to take action in your third-party systems (e.g. AWS, GitLab, and Statuspage) with Datadog’s Workflow Automation and App Builder products."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_action_connection(
        self,
        *,
        body: ActionConnectionCreateRequest,
    ) -> ActionConnectionResponse:
        """Create a new Action Connection

         Create a new Action Connection

        Args:
            body (ActionConnectionCreateRequest): Create a new Action Connection request body.

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
            ActionConnectionResponse
        """

        return await _create_action_connection.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_action_connection(
        self,
        connection_id: str,
    ) -> None:
        """Delete an existing Action Connection

         Delete an existing Action Connection This endpoint requires the connection_write permission.

        Args:
            connection_id (str): The ID of the action connection

        Raises:
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
            None
        """

        return await _delete_action_connection.asyncio(
            client=self._client,
            connection_id=connection_id,
        )

    async def get_action_connection(
        self,
        connection_id: str,
    ) -> ActionConnectionResponse:
        """Get an existing Action Connection

         Get an existing Action Connection

        Args:
            connection_id (str): The ID of the action connection

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
            ActionConnectionResponse
        """

        return await _get_action_connection.asyncio(
            client=self._client,
            connection_id=connection_id,
        )

    async def update_action_connection(
        self,
        connection_id: str,
        *,
        body: ActionConnectionUpdateRequest,
    ) -> ActionConnectionResponse:
        """Update an existing Action Connection

         Update an existing Action Connection

        Args:
            connection_id (str): The ID of the action connection
            body (ActionConnectionUpdateRequest): Update an existing Action Connection request body

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
            ActionConnectionResponse
        """

        return await _update_action_connection.asyncio(
            client=self._client,
            connection_id=connection_id,
            body=body,
        )


class ActionConnectionApi:
    """`client.action_connection` of a DatadogClient: Action connections extend your installed integrations and allow you to take action in your third-party systems (e.g. AWS, GitLab, and Statuspage) with Datadog’s Workflow Automation and App Builder products."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_action_connection(
        self,
        *,
        body: ActionConnectionCreateRequest,
    ) -> ActionConnectionResponse:
        """Create a new Action Connection

         Create a new Action Connection

        Args:
            body (ActionConnectionCreateRequest): Create a new Action Connection request body.

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
            ActionConnectionResponse
        """

        return _create_action_connection.sync(
            client=self._client,
            body=body,
        )

    def delete_action_connection(
        self,
        connection_id: str,
    ) -> None:
        """Delete an existing Action Connection

         Delete an existing Action Connection This endpoint requires the connection_write permission.

        Args:
            connection_id (str): The ID of the action connection

        Raises:
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
            None
        """

        return _delete_action_connection.sync(
            client=self._client,
            connection_id=connection_id,
        )

    def get_action_connection(
        self,
        connection_id: str,
    ) -> ActionConnectionResponse:
        """Get an existing Action Connection

         Get an existing Action Connection

        Args:
            connection_id (str): The ID of the action connection

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
            ActionConnectionResponse
        """

        return _get_action_connection.sync(
            client=self._client,
            connection_id=connection_id,
        )

    def update_action_connection(
        self,
        connection_id: str,
        *,
        body: ActionConnectionUpdateRequest,
    ) -> ActionConnectionResponse:
        """Update an existing Action Connection

         Update an existing Action Connection

        Args:
            connection_id (str): The ID of the action connection
            body (ActionConnectionUpdateRequest): Update an existing Action Connection request body

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
            ActionConnectionResponse
        """

        return _update_action_connection.sync(
            client=self._client,
            connection_id=connection_id,
            body=body,
        )


__all__ = [
    "AsyncActionConnectionApi",
    "ActionConnectionApi",
]
