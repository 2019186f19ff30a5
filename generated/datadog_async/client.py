"""The transport contract between the generated endpoint functions and the client that runs them."""

from typing import Any

import httpx

from ._operations import Operation
from .types import Deviation


class Client:
    """What every generated endpoint function takes as ``client=``.

    Generated code only builds the request (``_get_kwargs``) and parses a documented 2xx response; sending it
    (authentication, unstable-operation gating, retries, typed errors) is the job of a subclass.
    Construct :class:`datadog_async.DatadogClient`, the one implementation shipped with this package.
    """

    __slots__ = ()

    def send(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` (keyword arguments for ``httpx.Client.request``) and return a 2xx response."""
        raise NotImplementedError

    async def send_async(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        """Send ``request`` (keyword arguments for ``httpx.AsyncClient.request``); return a 2xx response."""
        raise NotImplementedError

    def invalid_response(self, operation: Operation, response: httpx.Response, exc: Exception) -> Exception:
        """The exception to raise when a documented 2xx body does not match the spec."""
        raise NotImplementedError

    def deviating_response(
        self, operation: Operation, response: httpx.Response, deviations: tuple[Deviation, ...]
    ) -> None:
        """Called when a parsed 2xx body deviates from the spec below its required structure (values of another
        type, unknown enum values or oneOf shapes, extra fields): raise to reject the response, or return to
        hand the lenient model to the caller."""
        raise NotImplementedError

    def unexpected_status(self, operation: Operation, response: httpx.Response) -> Exception:
        """The exception to raise for a status the spec does not document as a success."""
        raise NotImplementedError


__all__ = ["Client"]
