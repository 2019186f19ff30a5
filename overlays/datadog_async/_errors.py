"""The exception hierarchy: one class per HTTP status family, all under DatadogError."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx

from ._operations import Operation
from ._redact import SECRET_HEADERS, redact
from ._retry import server_wait

if TYPE_CHECKING:  # types (the models' helpers) is imported with the first model, not with the client
    from .types import Deviation

# Request headers that carry credentials: never reachable from an exception (errors get logged and reported).
_SECRETS = frozenset(name.lower() for name in SECRET_HEADERS)

#: The shape of one entry of Datadog's `errors` list: a JSON:API object or a plain message.
ErrorItem = dict[str, Any] | str


class DatadogError(Exception):
    """Base class of every exception this SDK raises on purpose.

    Every one pickles and copies with all its attributes (process pools, celery and rq move exceptions between
    processes): it is rebuilt from its ``args`` and attributes, never by calling ``__init__`` again, whose
    keyword-only signature ``pickle`` cannot call.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args), dict(vars(self)))


def _rebuild(cls: type[DatadogError], args: tuple[Any, ...]) -> DatadogError:
    error = cls.__new__(cls, *args)
    error.args = args
    return error


class UnstableOperationError(DatadogError):
    """An unstable (beta) operation was called on a client that has not enabled it. Nothing was sent."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation.name
        super().__init__(
            f"{operation.name} is an unstable operation ({operation.unstable}) and is not enabled on this "
            f"client. Enable it with DatadogClient(unstable_operations={{{operation.name!r}}}) or "
            f"DD_UNSTABLE_OPERATIONS={operation.name}."
        )


class ClientClosedError(DatadogError, RuntimeError):
    """The client was closed; create a new one (``async with AsyncDatadogClient() as client:``)."""


class EventLoopError(DatadogError, RuntimeError):
    """An AsyncDatadogClient was called from an event loop while another running loop (in another thread) is
    using it. Nothing was sent; create one client per event loop."""


class InsecureRedirectError(DatadogError):
    """A redirect would have taken the request from https to plain http. Nothing was sent there."""


class BlockingCallWarning(RuntimeWarning):
    """A sync ``DatadogClient`` call was made inside a running event loop, which it blocks until it returns."""


class ApiConnectionError(DatadogError):
    """The request did not get an HTTP response (connection refused or reset, DNS, protocol error)."""

    def __init__(self, message: str, *, operation: str, method: str, url: str) -> None:
        self.operation = operation
        self.method = method
        self.url = url
        super().__init__(message)


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class ResponseValidationError(DatadogError):
    """A 2xx response body does not match the spec's schema for it.

    Raised in both modes when the body is not JSON or lacks its required structure (a required field missing or
    of the wrong type), and in strict mode for any deviation (``deviations`` lists them all). ``response`` is the
    httpx.Response (status, headers, raw body; its request without the API keys), so the data is never lost.
    """

    def __init__(
        self,
        *,
        operation: str,
        status_code: int,
        path: str,
        reason: str,
        response: httpx.Response | None = None,
        deviations: tuple[Deviation, ...] = (),
    ) -> None:
        self.operation = operation
        self.status_code = status_code
        self.path = path
        self.reason = reason
        self.response = response
        self.deviations = deviations
        super().__init__(f"{operation}: the {status_code} response does not match the spec at {path}: {reason}")


class ApiError(DatadogError):
    """Datadog answered with a non-2xx status. Subclasses name the common statuses."""

    def __init__(
        self,
        *,
        status_code: int,
        errors: list[ErrorItem],
        body: str,
        operation: str,
        method: str,
        url: str,
        response: httpx.Response | None = None,
    ) -> None:
        #: the httpx.Response (status, headers, raw body); its ``.request`` carries no API keys.
        self.response = response
        self.status_code = status_code
        self.errors = errors
        self.body = body
        self.operation = operation
        self.method = method
        self.url = url
        summary = "; ".join(_describe(item) for item in errors) or _truncate(body) or "(no body)"
        super().__init__(f"{operation}: {method} {url} returned {status_code}: {summary}")


class BadRequestError(ApiError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(ApiError):
    """401: the API key or application key is missing or wrong."""


class ForbiddenError(ApiError):
    """403: the keys lack a permission or scope the operation needs."""


class NotFoundError(ApiError):
    """404: the resource does not exist."""


class ConflictError(ApiError):
    """409: the request conflicts with the resource's current state."""


class RateLimitError(ApiError):
    """429: rate limited. ``reset`` is the wait in seconds the server asked for, fractions kept, as the retry
    loop honours it (``X-RateLimit-Reset``, else ``retry-after-ms``, else ``Retry-After``); None if it did not
    say. ``limit``, ``period``, ``remaining`` and ``name`` come from ``X-RateLimit-*`` (first copy of each)."""

    def __init__(self, *, headers: httpx.Headers, **kwargs: Any) -> None:
        self.limit = _int_header(headers, "X-RateLimit-Limit")
        self.period = _int_header(headers, "X-RateLimit-Period")
        self.remaining = _int_header(headers, "X-RateLimit-Remaining")
        self.reset = server_wait(429, headers)
        names = headers.get_list("X-RateLimit-Name")
        self.name = names[0] if names else None
        super().__init__(**kwargs)


class ServerError(ApiError):
    """5xx: Datadog (or a proxy in front of it) failed."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
}


def api_error_from_response(operation: Operation, response: httpx.Response, secrets: tuple[str, ...] = ()) -> ApiError:
    """Build the typed error for a non-2xx response (the body must already be read); a server that echoes the
    request's headers back does not put ``secrets`` into the error."""
    body = redact(response.text, secrets)
    fields: dict[str, Any] = {
        "status_code": response.status_code,
        "errors": parse_errors(body),
        "body": body,
        "operation": operation.name,
        "method": response.request.method,
        "url": str(response.request.url),
        "response": with_redacted_request(response, secrets),
    }
    if response.status_code == 429:
        return RateLimitError(headers=response.headers, **fields)
    if 500 <= response.status_code <= 599:  # a status past 599 is no HTTP status family at all
        return ServerError(**fields)
    return _BY_STATUS.get(response.status_code, ApiError)(**fields)


def with_redacted_request(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` with its ``.request`` replaced by a copy without the credential headers, so that an exception
    carrying the response never makes the keys reachable. The response itself (already read) is unchanged,
    unless the server echoed a key in its body: then it is a copy whose body has the key redacted."""
    request = response.request
    if any(secret and secret.encode() in response.content for secret in secrets):
        response = httpx.Response(
            response.status_code,
            headers=[(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"],
            content=redact(response.text, secrets).encode(),
            request=request,
        )
    headers = [(name, value) for name, value in request.headers.multi_items() if name.lower() not in _SECRETS]
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed body: not kept
        content = b""
    response.request = httpx.Request(request.method, request.url, headers=headers, content=content)
    return response


def parse_errors(body: str) -> list[ErrorItem]:
    """Datadog's `errors` list (objects or strings); [] when the body is not that JSON (an HTML proxy page)."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser recurses
        return []
    errors = data.get("errors") if isinstance(data, dict) else None
    if not isinstance(errors, list):
        return []
    return [item for item in errors if isinstance(item, str | dict)]


def _describe(item: ErrorItem) -> str:
    if isinstance(item, str):
        return item
    parts = [str(item[key]) for key in ("title", "detail") if item.get(key)]
    pointer = (item.get("source") or {}).get("pointer") if isinstance(item.get("source"), dict) else None
    if pointer:
        parts.append(f"(at {pointer})")
    if parts:
        return " ".join(parts)
    try:
        return json.dumps(item)
    except RecursionError:
        return "(an error object nested too deeply to show)"


def _truncate(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    """The first copy of an integer header (a header sent twice arrives joined as "100, 100")."""
    values = headers.get_list(name, split_commas=True)
    try:
        return int(values[0]) if values else None
    except ValueError:
        return None
