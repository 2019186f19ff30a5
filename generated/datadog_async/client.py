"""The transport contract between the generated endpoint functions and the clients that run them, and the API
groups of each client (``client.incidents``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._operations import Operation

if TYPE_CHECKING:
    from .api.action_connection import ActionConnectionApi, AsyncActionConnectionApi
    from .api.app_builder import AppBuilderApi, AsyncAppBuilderApi
    from .api.incidents import AsyncIncidentsApi, IncidentsApi
    from .api.product_analytics import AsyncProductAnalyticsApi, ProductAnalyticsApi
    from .types import DatadogModel  # the models' helpers: imported with the first model, not with the client


class Client:
    """What every generated endpoint function needs of its ``client=`` to read a response.

    The contract is private (underscored), so that completing ``client.`` shows the API groups and the
    documented public methods, not the transport.

    Generated code only builds the request (``_get_kwargs``) and parses a documented 2xx response; sending it
    (authentication, unstable-operation gating, retries, typed errors) is the job of the two subclasses below,
    implemented by :class:`datadog_async.AsyncDatadogClient` and :class:`datadog_async.DatadogClient`.
    """

    __slots__ = ()

    def _invalid_response(self, operation: Operation, response: httpx.Response, exc: Exception) -> Exception:
        """The exception to raise when a documented 2xx body does not match the spec."""
        raise NotImplementedError

    def _deviating_response(self, operation: Operation, response: httpx.Response, parsed: DatadogModel) -> None:
        """Called when a parsed 2xx body deviates from the spec below its required structure (values of another
        type, unknown enum values or oneOf shapes, extra fields): raise to reject the response, or return to
        hand the lenient model to the caller."""
        raise NotImplementedError

    def _unexpected_status(self, operation: Operation, response: httpx.Response) -> Exception:
        """The exception to raise for a status the spec does not document as a success."""
        raise NotImplementedError


class SyncClient(Client):
    """The ``client=`` of the generated ``sync`` and ``sync_detailed`` functions."""

    __slots__ = ()

    def _send(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` (keyword arguments for ``httpx.Client.request``) and return a 2xx response."""
        raise NotImplementedError

    async def _send_async(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        # Type checkers already refuse a sync client in an asyncio function; this says so at run time too.
        raise TypeError(
            f"{operation.name}.asyncio needs an AsyncDatadogClient; {type(self).__name__} is sync: "
            f"call {operation.name}.sync, or use AsyncDatadogClient."
        )

    # -- the API groups: one namespace per API module, one method per operation ------------------------

    @property
    def action_connection(self) -> ActionConnectionApi:
        """Action connections extend your installed integrations and allow you to take action in your third-party systems (e.g. AWS, GitLab, and Statuspage) with Datadog’s Workflow Automation and App Builder products."""
        from .api.action_connection import ActionConnectionApi  # noqa: PLC0415 -- loaded on first use

        return ActionConnectionApi(self)

    @property
    def app_builder(self) -> AppBuilderApi:
        """Datadog App Builder provides a low-code solution to rapidly develop and integrate secure, customized applications into your monitoring stack that are built to accelerate remediation at scale. These API endpoints allow you to create, read, update, delete, and publish apps."""
        from .api.app_builder import AppBuilderApi  # noqa: PLC0415 -- loaded on first use

        return AppBuilderApi(self)

    @property
    def incidents(self) -> IncidentsApi:
        """Manage incident response, as well as associated attachments, metadata, and todos."""
        from .api.incidents import IncidentsApi  # noqa: PLC0415 -- loaded on first use

        return IncidentsApi(self)

    @property
    def product_analytics(self) -> ProductAnalyticsApi:
        """RUM audience management data connections."""
        from .api.product_analytics import ProductAnalyticsApi  # noqa: PLC0415 -- loaded on first use

        return ProductAnalyticsApi(self)


class AsyncClient(Client):
    """The ``client=`` of the generated ``asyncio`` and ``asyncio_detailed`` functions."""

    __slots__ = ()

    async def _send_async(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` (keyword arguments for ``httpx.AsyncClient.request``); return a 2xx response."""
        raise NotImplementedError

    def _send(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        # Type checkers already refuse an async client in a sync function; this says so at run time too.
        raise TypeError(
            f"{operation.name}.sync needs a DatadogClient; {type(self).__name__} is async: "
            f"await {operation.name}.asyncio, or use DatadogClient."
        )

    # -- the API groups: one namespace per API module, one method per operation ------------------------

    @property
    def action_connection(self) -> AsyncActionConnectionApi:
        """Action connections extend your installed integrations and allow you to take action in your third-party systems (e.g. AWS, GitLab, and Statuspage) with Datadog’s Workflow Automation and App Builder products."""
        from .api.action_connection import AsyncActionConnectionApi  # noqa: PLC0415 -- loaded on first use

        return AsyncActionConnectionApi(self)

    @property
    def app_builder(self) -> AsyncAppBuilderApi:
        """Datadog App Builder provides a low-code solution to rapidly develop and integrate secure, customized applications into your monitoring stack that are built to accelerate remediation at scale. These API endpoints allow you to create, read, update, delete, and publish apps."""
        from .api.app_builder import AsyncAppBuilderApi  # noqa: PLC0415 -- loaded on first use

        return AsyncAppBuilderApi(self)

    @property
    def incidents(self) -> AsyncIncidentsApi:
        """Manage incident response, as well as associated attachments, metadata, and todos."""
        from .api.incidents import AsyncIncidentsApi  # noqa: PLC0415 -- loaded on first use

        return AsyncIncidentsApi(self)

    @property
    def product_analytics(self) -> AsyncProductAnalyticsApi:
        """RUM audience management data connections."""
        from .api.product_analytics import AsyncProductAnalyticsApi  # noqa: PLC0415 -- loaded on first use

        return AsyncProductAnalyticsApi(self)


__all__ = ["AsyncClient", "Client", "SyncClient"]
