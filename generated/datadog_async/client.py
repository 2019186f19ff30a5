"""The transport contract between the generated endpoint functions and the clients that run them."""

from typing import Any

import httpx

from ._operations import Operation


class Client:
    """What every generated endpoint function needs of its ``client=`` to read a response.

    Generated code only builds the request (``_get_kwargs``) and parses a documented 2xx response; sending it
    (authentication, unstable-operation gating, retries, typed errors) is the job of the two subclasses below,
    implemented by :class:`datadog_async.AsyncDatadogClient` and :class:`datadog_async.DatadogClient`.
    """

    __slots__ = ()

    def invalid_response(self, operation: Operation, response: httpx.Response, exc: Exception) -> Exception:
        """The exception to raise when a documented 2xx body does not match the spec."""
        raise NotImplementedError

    def unexpected_status(self, operation: Operation, response: httpx.Response) -> Exception:
        """The exception to raise for a status the spec does not document as a success."""
        raise NotImplementedError


class SyncClient(Client):
    """The ``client=`` of the generated ``sync`` and ``sync_detailed`` functions."""

    __slots__ = ()

    def send(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` (keyword arguments for ``httpx.Client.request``) and return a 2xx response."""
        raise NotImplementedError

    async def send_async(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        # Type checkers already refuse a sync client in an asyncio function; this says so at run time too.
        raise TypeError(
            f"{operation.name}.asyncio needs an AsyncDatadogClient; {type(self).__name__} is sync: "
            f"call {operation.name}.sync, or use AsyncDatadogClient."
        )


class AsyncClient(Client):
    """The ``client=`` of the generated ``asyncio`` and ``asyncio_detailed`` functions."""

    __slots__ = ()

    async def send_async(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` (keyword arguments for ``httpx.AsyncClient.request``); return a 2xx response."""
        raise NotImplementedError

    def send(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        # Type checkers already refuse an async client in a sync function; this says so at run time too.
        raise TypeError(
            f"{operation.name}.sync needs a DatadogClient; {type(self).__name__} is async: "
            f"await {operation.name}.asyncio, or use DatadogClient."
        )


__all__ = ["AsyncClient", "Client", "SyncClient"]
