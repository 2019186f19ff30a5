"""The `incidents` API group: one module per operation, and the namespaces `client.incidents` of both clients.

Manage incident response, as well as associated attachments, metadata, and todos.

`IncidentsApi` (on `DatadogClient`) and `AsyncIncidentsApi` (on `AsyncDatadogClient`) have one method per
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
from . import create_incident as _create_incident
from . import create_incident_integration as _create_incident_integration
from . import create_incident_todo as _create_incident_todo
from . import delete_incident as _delete_incident
from . import delete_incident_integration as _delete_incident_integration
from . import delete_incident_todo as _delete_incident_todo
from . import get_incident as _get_incident
from . import get_incident_integration as _get_incident_integration
from . import get_incident_todo as _get_incident_todo
from . import list_incident_attachments as _list_incident_attachments
from . import list_incident_integrations as _list_incident_integrations
from . import list_incident_todos as _list_incident_todos
from . import list_incidents as _list_incidents
from . import search_incidents as _search_incidents
from . import update_incident as _update_incident
from . import update_incident_attachments as _update_incident_attachments
from . import update_incident_integration as _update_incident_integration
from . import update_incident_todo as _update_incident_todo

if TYPE_CHECKING:
    from typing import cast

    from ...models.api_error_response import APIErrorResponse
    from ...models.incident_attachment_update_request import IncidentAttachmentUpdateRequest
    from ...models.incident_attachment_update_response import IncidentAttachmentUpdateResponse
    from ...models.incident_attachments_response import IncidentAttachmentsResponse
    from ...models.incident_create_request import IncidentCreateRequest
    from ...models.incident_integration_metadata_create_request import IncidentIntegrationMetadataCreateRequest
    from ...models.incident_integration_metadata_list_response import IncidentIntegrationMetadataListResponse
    from ...models.incident_integration_metadata_patch_request import IncidentIntegrationMetadataPatchRequest
    from ...models.incident_integration_metadata_response import IncidentIntegrationMetadataResponse
    from ...models.incident_related_object import IncidentRelatedObject, check_incident_related_object
    from ...models.incident_response import IncidentResponse
    from ...models.incident_response_data import IncidentResponseData
    from ...models.incident_search_response import IncidentSearchResponse
    from ...models.incident_search_response_incidents_data import IncidentSearchResponseIncidentsData
    from ...models.incident_search_sort_order import IncidentSearchSortOrder, check_incident_search_sort_order
    from ...models.incident_todo_create_request import IncidentTodoCreateRequest
    from ...models.incident_todo_list_response import IncidentTodoListResponse
    from ...models.incident_todo_patch_request import IncidentTodoPatchRequest
    from ...models.incident_todo_response import IncidentTodoResponse
    from ...models.incident_update_request import IncidentUpdateRequest
    from ...models.incidents_response import IncidentsResponse


class AsyncListIncidents:
    """`client.incidents.list_incidents`: await it for one page, or iterate `.paginate(...)` (items) or
    `.iter_pages(...)` (pages) for all of them."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def __call__(
        self,
        *,
        include: list[IncidentRelatedObject] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
    ) -> IncidentsResponse:
        """Get a list of incidents

         Get all incidents for the user’s organization. This endpoint requires the `incident_read`
        authorization scope.

        Args:
            include (list[IncidentRelatedObject] | Unset): Specifies which types of related objects
                should be included in the response.
            page_size (int | Unset): Size for a given page. The maximum allowed value is 100.
            page_offset (int | Unset): Specific offset to use as the beginning of the returned page.

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
            IncidentsResponse
        """

        return await _list_incidents.asyncio(
            client=self._client,
            include=include,
            page_size=page_size,
            page_offset=page_offset,
        )

    def paginate(
        self,
        *,
        include: list[IncidentRelatedObject] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> AsyncIterator[IncidentResponseData]:
        """Every item of every page, in order: `async for item in client.incidents.list_incidents.paginate(...)`.

        Takes the operation's parameters (`page_offset` is where paging starts), and
        `max_items` to stop after that many items. Stops at the last page; a cursor that does not advance
        raises `datadog_async.PaginationError`. Each page request raises as the operation does.
        """
        return iterate_async(
            _list_incidents,
            self._client,
            {
                "include": include,
                "page_size": page_size,
                "page_offset": page_offset,
            },
            max_items,
            items=True,
        )

    def iter_pages(
        self,
        *,
        include: list[IncidentRelatedObject] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> AsyncIterator[IncidentsResponse]:
        """Every page, as the operation returns it: `async for page in client.incidents.list_incidents.iter_pages(...)`.

        Same parameters and stopping rules as `paginate`.
        """
        return iterate_async(
            _list_incidents,
            self._client,
            {
                "include": include,
                "page_size": page_size,
                "page_offset": page_offset,
            },
            max_items,
            items=False,
        )


class AsyncSearchIncidents:
    """`client.incidents.search_incidents`: await it for one page, or iterate `.paginate(...)` (items) or
    `.iter_pages(...)` (pages) for all of them."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def __call__(
        self,
        *,
        include: IncidentRelatedObject | Unset = UNSET,
        query: str,
        sort: IncidentSearchSortOrder | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
    ) -> IncidentSearchResponse:
        """Search for incidents

         Search for incidents matching a certain query. This endpoint requires the `incident_read`
        authorization scope.

        Args:
            include (IncidentRelatedObject | Unset): Specifies which types of related objects should
                be included in the response.
            query (str): Specifies which incidents should be returned. The query can contain any
                number of incident facets joined by ANDs, along with multiple values for each of those
                facets joined by ORs. For example: `state:active AND severity:(SEV-2 OR SEV-1)`.
            sort (IncidentSearchSortOrder | Unset): Specifies the order of returned incidents.
            page_size (int | Unset): Size for a given page. The maximum allowed value is 100.
            page_offset (int | Unset): Specific offset to use as the beginning of the returned page.

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
            IncidentSearchResponse
        """

        return await _search_incidents.asyncio(
            client=self._client,
            include=include,
            query=query,
            sort=sort,
            page_size=page_size,
            page_offset=page_offset,
        )

    def paginate(
        self,
        *,
        include: IncidentRelatedObject | Unset = UNSET,
        query: str,
        sort: IncidentSearchSortOrder | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> AsyncIterator[IncidentSearchResponseIncidentsData]:
        """Every item of every page, in order: `async for item in client.incidents.search_incidents.paginate(...)`.

        Takes the operation's parameters (`page_offset` is where paging starts), and
        `max_items` to stop after that many items. Stops at the last page; a cursor that does not advance
        raises `datadog_async.PaginationError`. Each page request raises as the operation does.
        """
        return iterate_async(
            _search_incidents,
            self._client,
            {
                "include": include,
                "query": query,
                "sort": sort,
                "page_size": page_size,
                "page_offset": page_offset,
            },
            max_items,
            items=True,
        )

    def iter_pages(
        self,
        *,
        include: IncidentRelatedObject | Unset = UNSET,
        query: str,
        sort: IncidentSearchSortOrder | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> AsyncIterator[IncidentSearchResponse]:
        """Every page, as the operation returns it: `async for page in client.incidents.search_incidents.iter_pages(...)`.

        Same parameters and stopping rules as `paginate`.
        """
        return iterate_async(
            _search_incidents,
            self._client,
            {
                "include": include,
                "query": query,
                "sort": sort,
                "page_size": page_size,
                "page_offset": page_offset,
            },
            max_items,
            items=False,
        )


class AsyncIncidentsApi:
    """`client.incidents` of an AsyncDatadogClient: Manage incident response, as well as associated attachments, metadata, and todos."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_incident(
        self,
        *,
        body: IncidentCreateRequest,
    ) -> IncidentResponse:
        """Create an incident

         Create an incident. This endpoint requires the `incident_write` authorization scope.

        Args:
            body (IncidentCreateRequest): Incident payload.

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
            IncidentResponse
        """

        return await _create_incident.asyncio(
            client=self._client,
            body=body,
        )

    async def create_incident_integration(
        self,
        incident_id: str,
        *,
        body: IncidentIntegrationMetadataCreateRequest,
    ) -> IncidentIntegrationMetadataResponse:
        """Create an incident integration metadata

         Create an incident integration metadata. This endpoint requires the incident_write authorization
        scope.

        Args:
            incident_id (str): The UUID of the incident.
            body (IncidentIntegrationMetadataCreateRequest): Incident integration metadata payload.

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

        return await _create_incident_integration.asyncio(
            client=self._client,
            incident_id=incident_id,
            body=body,
        )

    async def create_incident_todo(
        self,
        incident_id: str,
        *,
        body: IncidentTodoCreateRequest,
    ) -> IncidentTodoResponse:
        """Create an incident todo

         Create an incident todo. This endpoint requires the incident_write authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            body (IncidentTodoCreateRequest): Incident todo payload.

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
            IncidentTodoResponse
        """

        return await _create_incident_todo.asyncio(
            client=self._client,
            incident_id=incident_id,
            body=body,
        )

    async def delete_incident(
        self,
        incident_id: str,
    ) -> None:
        """Delete an existing incident

         Deletes an existing incident from the users organization. This endpoint requires the
        `incident_write` authorization scope.

        Args:
            incident_id (str): The UUID of the incident.

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
            None
        """

        return await _delete_incident.asyncio(
            client=self._client,
            incident_id=incident_id,
        )

    async def delete_incident_integration(
        self,
        incident_id: str,
        integration_metadata_id: str,
    ) -> None:
        """Delete an incident integration metadata

         Delete an incident integration metadata. This endpoint requires the incident_write authorization
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
            None
        """

        return await _delete_incident_integration.asyncio(
            client=self._client,
            incident_id=incident_id,
            integration_metadata_id=integration_metadata_id,
        )

    async def delete_incident_todo(
        self,
        incident_id: str,
        todo_id: str,
    ) -> None:
        """Delete an incident todo

         Delete an incident todo. This endpoint requires the incident_write authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            todo_id (str): The UUID of the incident todo.

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
            None
        """

        return await _delete_incident_todo.asyncio(
            client=self._client,
            incident_id=incident_id,
            todo_id=todo_id,
        )

    async def get_incident(
        self,
        incident_id: str,
        *,
        include: list[IncidentRelatedObject] | Unset = UNSET,
    ) -> IncidentResponse:
        """Get the details of an incident

         Get the details of an incident by `incident_id`. This endpoint requires the `incident_read`
        authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            include (list[IncidentRelatedObject] | Unset): Specifies which types of related objects
                should be included in the response.

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
            IncidentResponse
        """

        return await _get_incident.asyncio(
            client=self._client,
            incident_id=incident_id,
            include=include,
        )

    async def get_incident_integration(
        self,
        incident_id: str,
        integration_metadata_id: str,
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

        return await _get_incident_integration.asyncio(
            client=self._client,
            incident_id=incident_id,
            integration_metadata_id=integration_metadata_id,
        )

    async def get_incident_todo(
        self,
        incident_id: str,
        todo_id: str,
    ) -> IncidentTodoResponse:
        """Get incident todo details

         Get incident todo details. This endpoint requires the incident_read authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            todo_id (str): The UUID of the incident todo.

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
            IncidentTodoResponse
        """

        return await _get_incident_todo.asyncio(
            client=self._client,
            incident_id=incident_id,
            todo_id=todo_id,
        )

    async def list_incident_attachments(
        self,
        incident_id: str,
        *,
        include: list[str] | Unset = UNSET,
        filter_attachment_type: list[str] | Unset = UNSET,
    ) -> IncidentAttachmentsResponse:
        """Get a list of attachments

         Get all attachments for a given incident. This endpoint requires the incident_read authorization
        scope.

        Args:
            incident_id (str): The UUID of the incident.
            include (list[str] | Unset): Specifies which types of related objects are included in the
                response.
            filter_attachment_type (list[str] | Unset): Specifies which types of attachments are
                included in the response.

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
            IncidentAttachmentsResponse
        """

        return await _list_incident_attachments.asyncio(
            client=self._client,
            incident_id=incident_id,
            include=include,
            filter_attachment_type=filter_attachment_type,
        )

    async def list_incident_integrations(
        self,
        incident_id: str,
    ) -> IncidentIntegrationMetadataListResponse:
        """Get a list of an incident's integration metadata

         Get all integration metadata for an incident. This endpoint requires the incident_read authorization
        scope.

        Args:
            incident_id (str): The UUID of the incident.

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
            IncidentIntegrationMetadataListResponse
        """

        return await _list_incident_integrations.asyncio(
            client=self._client,
            incident_id=incident_id,
        )

    async def list_incident_todos(
        self,
        incident_id: str,
    ) -> IncidentTodoListResponse:
        """Get a list of an incident's todos

         Get all todos for an incident. This endpoint requires the incident_read authorization scope.

        Args:
            incident_id (str): The UUID of the incident.

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
            IncidentTodoListResponse
        """

        return await _list_incident_todos.asyncio(
            client=self._client,
            incident_id=incident_id,
        )

    @property
    def list_incidents(self) -> AsyncListIncidents:
        """Get a list of incidents: await it for one page, or iterate `.paginate(...)` or `.iter_pages(...)`."""
        return AsyncListIncidents(self._client)

    @property
    def search_incidents(self) -> AsyncSearchIncidents:
        """Search for incidents: await it for one page, or iterate `.paginate(...)` or `.iter_pages(...)`."""
        return AsyncSearchIncidents(self._client)

    async def update_incident(
        self,
        incident_id: str,
        *,
        body: IncidentUpdateRequest,
        include: list[IncidentRelatedObject] | Unset = UNSET,
    ) -> IncidentResponse:
        """Update an existing incident

         Updates an incident. Provide only the attributes that should be updated as this request is a partial
        update. This endpoint requires the `incident_write` authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            include (list[IncidentRelatedObject] | Unset): Specifies which types of related objects
                should be included in the response.
            body (IncidentUpdateRequest): Incident payload.

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
            IncidentResponse
        """

        return await _update_incident.asyncio(
            client=self._client,
            incident_id=incident_id,
            body=body,
            include=include,
        )

    async def update_incident_attachments(
        self,
        incident_id: str,
        *,
        body: IncidentAttachmentUpdateRequest,
        include: list[str] | Unset = UNSET,
    ) -> IncidentAttachmentUpdateResponse:
        """Create, update, and delete incident attachments

         The bulk update endpoint for creating, updating, and deleting attachments for a given incident.

        Args:
            incident_id (str): The UUID of the incident.
            include (list[str] | Unset): Specifies which types of related objects are included in the
                response.
            body (IncidentAttachmentUpdateRequest): Incident attachment payload.

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
            IncidentAttachmentUpdateResponse
        """

        return await _update_incident_attachments.asyncio(
            client=self._client,
            incident_id=incident_id,
            body=body,
            include=include,
        )

    async def update_incident_integration(
        self,
        incident_id: str,
        integration_metadata_id: str,
        *,
        body: IncidentIntegrationMetadataPatchRequest,
    ) -> IncidentIntegrationMetadataResponse:
        """Update an existing incident integration metadata

         Update an existing incident integration metadata. This endpoint requires the incident_write
        authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            integration_metadata_id (str): The UUID of the incident integration metadata.
            body (IncidentIntegrationMetadataPatchRequest): Incident integration metadata payload.

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

        return await _update_incident_integration.asyncio(
            client=self._client,
            incident_id=incident_id,
            integration_metadata_id=integration_metadata_id,
            body=body,
        )

    async def update_incident_todo(
        self,
        incident_id: str,
        todo_id: str,
        *,
        body: IncidentTodoPatchRequest,
    ) -> IncidentTodoResponse:
        """Update an incident todo

         Update an incident todo. This endpoint requires the incident_write authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            todo_id (str): The UUID of the incident todo.
            body (IncidentTodoPatchRequest): Incident todo payload.

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
            IncidentTodoResponse
        """

        return await _update_incident_todo.asyncio(
            client=self._client,
            incident_id=incident_id,
            todo_id=todo_id,
            body=body,
        )


class ListIncidents:
    """`client.incidents.list_incidents`: call it for one page, or iterate `.paginate(...)` (items) or
    `.iter_pages(...)` (pages) for all of them."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __call__(
        self,
        *,
        include: list[IncidentRelatedObject] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
    ) -> IncidentsResponse:
        """Get a list of incidents

         Get all incidents for the user’s organization. This endpoint requires the `incident_read`
        authorization scope.

        Args:
            include (list[IncidentRelatedObject] | Unset): Specifies which types of related objects
                should be included in the response.
            page_size (int | Unset): Size for a given page. The maximum allowed value is 100.
            page_offset (int | Unset): Specific offset to use as the beginning of the returned page.

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
            IncidentsResponse
        """

        return _list_incidents.sync(
            client=self._client,
            include=include,
            page_size=page_size,
            page_offset=page_offset,
        )

    def paginate(
        self,
        *,
        include: list[IncidentRelatedObject] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> Iterator[IncidentResponseData]:
        """Every item of every page, in order: `for item in client.incidents.list_incidents.paginate(...)`.

        Takes the operation's parameters (`page_offset` is where paging starts), and
        `max_items` to stop after that many items. Stops at the last page; a cursor that does not advance
        raises `datadog_async.PaginationError`. Each page request raises as the operation does.
        """
        return iterate_sync(
            _list_incidents,
            self._client,
            {
                "include": include,
                "page_size": page_size,
                "page_offset": page_offset,
            },
            max_items,
            items=True,
        )

    def iter_pages(
        self,
        *,
        include: list[IncidentRelatedObject] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> Iterator[IncidentsResponse]:
        """Every page, as the operation returns it: `for page in client.incidents.list_incidents.iter_pages(...)`.

        Same parameters and stopping rules as `paginate`.
        """
        return iterate_sync(
            _list_incidents,
            self._client,
            {
                "include": include,
                "page_size": page_size,
                "page_offset": page_offset,
            },
            max_items,
            items=False,
        )


class SearchIncidents:
    """`client.incidents.search_incidents`: call it for one page, or iterate `.paginate(...)` (items) or
    `.iter_pages(...)` (pages) for all of them."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __call__(
        self,
        *,
        include: IncidentRelatedObject | Unset = UNSET,
        query: str,
        sort: IncidentSearchSortOrder | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
    ) -> IncidentSearchResponse:
        """Search for incidents

         Search for incidents matching a certain query. This endpoint requires the `incident_read`
        authorization scope.

        Args:
            include (IncidentRelatedObject | Unset): Specifies which types of related objects should
                be included in the response.
            query (str): Specifies which incidents should be returned. The query can contain any
                number of incident facets joined by ANDs, along with multiple values for each of those
                facets joined by ORs. For example: `state:active AND severity:(SEV-2 OR SEV-1)`.
            sort (IncidentSearchSortOrder | Unset): Specifies the order of returned incidents.
            page_size (int | Unset): Size for a given page. The maximum allowed value is 100.
            page_offset (int | Unset): Specific offset to use as the beginning of the returned page.

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
            IncidentSearchResponse
        """

        return _search_incidents.sync(
            client=self._client,
            include=include,
            query=query,
            sort=sort,
            page_size=page_size,
            page_offset=page_offset,
        )

    def paginate(
        self,
        *,
        include: IncidentRelatedObject | Unset = UNSET,
        query: str,
        sort: IncidentSearchSortOrder | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> Iterator[IncidentSearchResponseIncidentsData]:
        """Every item of every page, in order: `for item in client.incidents.search_incidents.paginate(...)`.

        Takes the operation's parameters (`page_offset` is where paging starts), and
        `max_items` to stop after that many items. Stops at the last page; a cursor that does not advance
        raises `datadog_async.PaginationError`. Each page request raises as the operation does.
        """
        return iterate_sync(
            _search_incidents,
            self._client,
            {
                "include": include,
                "query": query,
                "sort": sort,
                "page_size": page_size,
                "page_offset": page_offset,
            },
            max_items,
            items=True,
        )

    def iter_pages(
        self,
        *,
        include: IncidentRelatedObject | Unset = UNSET,
        query: str,
        sort: IncidentSearchSortOrder | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_offset: int | Unset = UNSET,
        max_items: int | None = None,
    ) -> Iterator[IncidentSearchResponse]:
        """Every page, as the operation returns it: `for page in client.incidents.search_incidents.iter_pages(...)`.

        Same parameters and stopping rules as `paginate`.
        """
        return iterate_sync(
            _search_incidents,
            self._client,
            {
                "include": include,
                "query": query,
                "sort": sort,
                "page_size": page_size,
                "page_offset": page_offset,
            },
            max_items,
            items=False,
        )


class IncidentsApi:
    """`client.incidents` of a DatadogClient: Manage incident response, as well as associated attachments, metadata, and todos."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_incident(
        self,
        *,
        body: IncidentCreateRequest,
    ) -> IncidentResponse:
        """Create an incident

         Create an incident. This endpoint requires the `incident_write` authorization scope.

        Args:
            body (IncidentCreateRequest): Incident payload.

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
            IncidentResponse
        """

        return _create_incident.sync(
            client=self._client,
            body=body,
        )

    def create_incident_integration(
        self,
        incident_id: str,
        *,
        body: IncidentIntegrationMetadataCreateRequest,
    ) -> IncidentIntegrationMetadataResponse:
        """Create an incident integration metadata

         Create an incident integration metadata. This endpoint requires the incident_write authorization
        scope.

        Args:
            incident_id (str): The UUID of the incident.
            body (IncidentIntegrationMetadataCreateRequest): Incident integration metadata payload.

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

        return _create_incident_integration.sync(
            client=self._client,
            incident_id=incident_id,
            body=body,
        )

    def create_incident_todo(
        self,
        incident_id: str,
        *,
        body: IncidentTodoCreateRequest,
    ) -> IncidentTodoResponse:
        """Create an incident todo

         Create an incident todo. This endpoint requires the incident_write authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            body (IncidentTodoCreateRequest): Incident todo payload.

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
            IncidentTodoResponse
        """

        return _create_incident_todo.sync(
            client=self._client,
            incident_id=incident_id,
            body=body,
        )

    def delete_incident(
        self,
        incident_id: str,
    ) -> None:
        """Delete an existing incident

         Deletes an existing incident from the users organization. This endpoint requires the
        `incident_write` authorization scope.

        Args:
            incident_id (str): The UUID of the incident.

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
            None
        """

        return _delete_incident.sync(
            client=self._client,
            incident_id=incident_id,
        )

    def delete_incident_integration(
        self,
        incident_id: str,
        integration_metadata_id: str,
    ) -> None:
        """Delete an incident integration metadata

         Delete an incident integration metadata. This endpoint requires the incident_write authorization
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
            None
        """

        return _delete_incident_integration.sync(
            client=self._client,
            incident_id=incident_id,
            integration_metadata_id=integration_metadata_id,
        )

    def delete_incident_todo(
        self,
        incident_id: str,
        todo_id: str,
    ) -> None:
        """Delete an incident todo

         Delete an incident todo. This endpoint requires the incident_write authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            todo_id (str): The UUID of the incident todo.

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
            None
        """

        return _delete_incident_todo.sync(
            client=self._client,
            incident_id=incident_id,
            todo_id=todo_id,
        )

    def get_incident(
        self,
        incident_id: str,
        *,
        include: list[IncidentRelatedObject] | Unset = UNSET,
    ) -> IncidentResponse:
        """Get the details of an incident

         Get the details of an incident by `incident_id`. This endpoint requires the `incident_read`
        authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            include (list[IncidentRelatedObject] | Unset): Specifies which types of related objects
                should be included in the response.

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
            IncidentResponse
        """

        return _get_incident.sync(
            client=self._client,
            incident_id=incident_id,
            include=include,
        )

    def get_incident_integration(
        self,
        incident_id: str,
        integration_metadata_id: str,
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

        return _get_incident_integration.sync(
            client=self._client,
            incident_id=incident_id,
            integration_metadata_id=integration_metadata_id,
        )

    def get_incident_todo(
        self,
        incident_id: str,
        todo_id: str,
    ) -> IncidentTodoResponse:
        """Get incident todo details

         Get incident todo details. This endpoint requires the incident_read authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            todo_id (str): The UUID of the incident todo.

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
            IncidentTodoResponse
        """

        return _get_incident_todo.sync(
            client=self._client,
            incident_id=incident_id,
            todo_id=todo_id,
        )

    def list_incident_attachments(
        self,
        incident_id: str,
        *,
        include: list[str] | Unset = UNSET,
        filter_attachment_type: list[str] | Unset = UNSET,
    ) -> IncidentAttachmentsResponse:
        """Get a list of attachments

         Get all attachments for a given incident. This endpoint requires the incident_read authorization
        scope.

        Args:
            incident_id (str): The UUID of the incident.
            include (list[str] | Unset): Specifies which types of related objects are included in the
                response.
            filter_attachment_type (list[str] | Unset): Specifies which types of attachments are
                included in the response.

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
            IncidentAttachmentsResponse
        """

        return _list_incident_attachments.sync(
            client=self._client,
            incident_id=incident_id,
            include=include,
            filter_attachment_type=filter_attachment_type,
        )

    def list_incident_integrations(
        self,
        incident_id: str,
    ) -> IncidentIntegrationMetadataListResponse:
        """Get a list of an incident's integration metadata

         Get all integration metadata for an incident. This endpoint requires the incident_read authorization
        scope.

        Args:
            incident_id (str): The UUID of the incident.

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
            IncidentIntegrationMetadataListResponse
        """

        return _list_incident_integrations.sync(
            client=self._client,
            incident_id=incident_id,
        )

    def list_incident_todos(
        self,
        incident_id: str,
    ) -> IncidentTodoListResponse:
        """Get a list of an incident's todos

         Get all todos for an incident. This endpoint requires the incident_read authorization scope.

        Args:
            incident_id (str): The UUID of the incident.

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
            IncidentTodoListResponse
        """

        return _list_incident_todos.sync(
            client=self._client,
            incident_id=incident_id,
        )

    @property
    def list_incidents(self) -> ListIncidents:
        """Get a list of incidents: call it for one page, or iterate `.paginate(...)` or `.iter_pages(...)`."""
        return ListIncidents(self._client)

    @property
    def search_incidents(self) -> SearchIncidents:
        """Search for incidents: call it for one page, or iterate `.paginate(...)` or `.iter_pages(...)`."""
        return SearchIncidents(self._client)

    def update_incident(
        self,
        incident_id: str,
        *,
        body: IncidentUpdateRequest,
        include: list[IncidentRelatedObject] | Unset = UNSET,
    ) -> IncidentResponse:
        """Update an existing incident

         Updates an incident. Provide only the attributes that should be updated as this request is a partial
        update. This endpoint requires the `incident_write` authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            include (list[IncidentRelatedObject] | Unset): Specifies which types of related objects
                should be included in the response.
            body (IncidentUpdateRequest): Incident payload.

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
            IncidentResponse
        """

        return _update_incident.sync(
            client=self._client,
            incident_id=incident_id,
            body=body,
            include=include,
        )

    def update_incident_attachments(
        self,
        incident_id: str,
        *,
        body: IncidentAttachmentUpdateRequest,
        include: list[str] | Unset = UNSET,
    ) -> IncidentAttachmentUpdateResponse:
        """Create, update, and delete incident attachments

         The bulk update endpoint for creating, updating, and deleting attachments for a given incident.

        Args:
            incident_id (str): The UUID of the incident.
            include (list[str] | Unset): Specifies which types of related objects are included in the
                response.
            body (IncidentAttachmentUpdateRequest): Incident attachment payload.

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
            IncidentAttachmentUpdateResponse
        """

        return _update_incident_attachments.sync(
            client=self._client,
            incident_id=incident_id,
            body=body,
            include=include,
        )

    def update_incident_integration(
        self,
        incident_id: str,
        integration_metadata_id: str,
        *,
        body: IncidentIntegrationMetadataPatchRequest,
    ) -> IncidentIntegrationMetadataResponse:
        """Update an existing incident integration metadata

         Update an existing incident integration metadata. This endpoint requires the incident_write
        authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            integration_metadata_id (str): The UUID of the incident integration metadata.
            body (IncidentIntegrationMetadataPatchRequest): Incident integration metadata payload.

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

        return _update_incident_integration.sync(
            client=self._client,
            incident_id=incident_id,
            integration_metadata_id=integration_metadata_id,
            body=body,
        )

    def update_incident_todo(
        self,
        incident_id: str,
        todo_id: str,
        *,
        body: IncidentTodoPatchRequest,
    ) -> IncidentTodoResponse:
        """Update an incident todo

         Update an incident todo. This endpoint requires the incident_write authorization scope.

        Args:
            incident_id (str): The UUID of the incident.
            todo_id (str): The UUID of the incident todo.
            body (IncidentTodoPatchRequest): Incident todo payload.

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
            IncidentTodoResponse
        """

        return _update_incident_todo.sync(
            client=self._client,
            incident_id=incident_id,
            todo_id=todo_id,
            body=body,
        )


__all__ = [
    "AsyncIncidentsApi",
    "IncidentsApi",
    "AsyncListIncidents",
    "ListIncidents",
    "AsyncSearchIncidents",
    "SearchIncidents",
]
