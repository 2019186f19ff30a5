"""The twin clients: AsyncDatadogClient and DatadogClient (configuration, gating, retries, errors shared)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import sys
import time
import warnings
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self

import httpx

from . import _checks
from ._attempt import attempt_async as _attempt_async
from ._attempt import attempt_sync as _attempt_sync
from ._config import resolve_base_url, resolve_keys, resolve_unstable
from ._deviations import handle_deviations, resolve_strict
from ._errors import (
    ApiConnectionError,
    ApiTimeoutError,
    BlockingCallWarning,
    ClientClosedError,
    ResponseValidationError,
    UnstableOperationError,
    api_error_from_response,
    with_redacted_request,
)
from ._httpx_args import check as check_httpx_args
from ._operations import Operation
from ._paths import check_path
from ._pools import DEFAULT_LIMITS, AsyncPool, Pool, SyncPool
from ._redact import SECRET_HEADERS, redact, scrub_chain
from ._retry import RetryPolicy, delay_after_exception, delay_after_status
from ._version import __version__
from .client import AsyncClient, SyncClient

if TYPE_CHECKING:  # types (the models' helpers) is imported with the first model, not with the client
    from .types import DatadogModel

logger = logging.getLogger("datadog_async")


DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# sys.version starts with what platform.python_version() returns; importing platform costs ~1.5 ms.
_PYTHON_VERSION = sys.version.split()[0]
USER_AGENT = f"datadog-async/{__version__} python/{_PYTHON_VERSION} httpx/{httpx.__version__}"


class _ClientBase:
    """What the two clients share: configuration, the per-call options views, gating, the retry and error
    decisions. The subclasses add only their send loop and their lifecycle (``with`` / ``async with``)."""

    __slots__ = (
        "_base_url",
        "_enabled",
        "_extra_headers",
        "_is_view",
        "_pool",
        "_random",
        "_retry",
        "_secrets",
        "_strict",
        "_timeout",
        "_total_timeout",
        "_view_closed",
    )

    _pool: Pool
    _TRANSPORT: ClassVar[type]  # the httpx transport base class of the flavour (checked in httpx_args)

    def __init__(
        self,
        *,
        api_key: str | None = None,
        app_key: str | None = None,
        site: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        unstable_operations: Iterable[str] | None = None,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        allow_insecure_http: bool = False,
        max_rate_limit_wait: float = 60.0,
        retry_non_idempotent: bool = False,
        total_timeout: float | None = None,
        strict_responses: bool | None = None,
    ) -> None:
        """Configure a client; nothing is sent until the first call.

        Args:
            api_key: The Datadog API key (``DD-API-KEY``); defaults to the ``DD_API_KEY`` environment variable.
            app_key: The application key (``DD-APPLICATION-KEY``); defaults to ``DD_APP_KEY``.
            site: One of ``datadog_async.SITES`` (``datadoghq.com``, ``datadoghq.eu``, ...); defaults to
                ``DD_SITE``, then ``datadoghq.com``. Exclusive with ``base_url``.
            base_url: Another root URL (a proxy, a local fake); plain ``http`` only to a loopback address
                unless ``allow_insecure_http=True``.
            timeout: Seconds (or an ``httpx.Timeout``) for each attempt; default 30 s, 10 s to connect. An
                attempt as a whole (connecting, sending, waiting, reading the body) ends within the largest
                field, even if the body trickles in byte by byte (see README, Reliability).
            max_retries: Retries after the first attempt (0 disables retrying); default 2.
            unstable_operations: Names of the beta operations to enable (``datadog_async.UNSTABLE_OPERATIONS``);
                defaults to ``DD_UNSTABLE_OPERATIONS`` (comma separated).
            headers: Extra headers sent on every request (the key headers are refused).
            httpx_args: More arguments for the underlying ``httpx.Client``/``httpx.AsyncClient``
                (``transport``, ``limits``, ``http2``, ``verify``, ``proxy``, ...).
            allow_insecure_http: Allow a plain ``http`` ``base_url`` to a host other than a loopback address.
            max_rate_limit_wait: Longest wait the server may ask for (``X-RateLimit-Reset`` on a 429,
                ``Retry-After``/``retry-after-ms`` on a 429 or 503) that is waited out before retrying.
            retry_non_idempotent: Also retry POST after a 5xx or a lost response (only if repeating is safe).
            total_timeout: Seconds a call may take in all, attempts and waits between them included; default
                none (each attempt is still bounded by ``timeout``).
            strict_responses: Raise ``ResponseValidationError`` on any deviation of a 2xx body from the spec
                (default: ``DD_STRICT_RESPONSES``, else False: lenient, deviations recorded on the model).

        Raises:
            ValueError: An argument is invalid (named in the message; key values are never shown).
            TypeError: An argument has the wrong type (named in the message).
        """
        api, app = resolve_keys(api_key, app_key)
        self._secrets = (api, app)
        allow_insecure_http = _checks.boolean("allow_insecure_http", allow_insecure_http)
        self._strict = resolve_strict(strict_responses)
        self._base_url = resolve_base_url(site, base_url, allow_insecure_http=allow_insecure_http)
        self._enabled = resolve_unstable(unstable_operations)
        self._retry = RetryPolicy(
            max_retries=max_retries,
            max_rate_limit_wait=max_rate_limit_wait,
            retry_non_idempotent=retry_non_idempotent,
        )
        self._timeout = _checks.timeout("timeout", timeout)
        self._total_timeout = _total_timeout(total_timeout)
        self._extra_headers: dict[str, str] = {}
        self._random = random.random
        self._is_view = False
        self._view_closed = False
        args = check_httpx_args(httpx_args, client=type(self).__name__, transport=self._TRANSPORT)
        user_headers = _checks.headers("headers", headers)
        _refuse_secret_headers(user_headers)
        settings: dict[str, Any] = {
            "base_url": self._base_url,
            "headers": {"User-Agent": USER_AGENT, **user_headers, "DD-API-KEY": api, "DD-APPLICATION-KEY": app},
            "timeout": self._timeout,
            "limits": DEFAULT_LIMITS,
            **args,
        }
        self._pool = self._new_pool(settings)

    @staticmethod
    def _new_pool(settings: dict[str, Any]) -> Pool:
        raise NotImplementedError

    # -- configuration views ---------------------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
        max_rate_limit_wait: float | None = None,
        backoff_initial: float | None = None,
        backoff_max: float | None = None,
        total_timeout: float | None = None,
        strict_responses: bool | None = None,
    ) -> Self:
        """A view of this client with other per-call options (None keeps this client's); it shares the pool
        and never mutates this client. Every ``RetryPolicy`` field can be set here, and ``strict_responses``.

        Closing a view (``close()``/``aclose()``, or leaving its ``with`` block) closes only the view: calls
        through it are refused, while the client it came from and its other views stay open. Closing the
        client closes every view of it.
        """
        view = object.__new__(type(self))
        view._base_url = self._base_url
        view._enabled = self._enabled
        view._pool = self._pool
        view._random = self._random
        view._secrets = self._secrets
        view._is_view = True
        view._view_closed = False
        view._timeout = self._timeout if timeout is None else _checks.timeout("timeout", timeout)
        view._total_timeout = self._total_timeout if total_timeout is None else _total_timeout(total_timeout)
        extra = {**self._extra_headers, **_checks.headers("headers", headers)}
        view._strict = self._strict if strict_responses is None else resolve_strict(strict_responses)
        _refuse_secret_headers(extra)
        view._extra_headers = extra
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("max_retries", max_retries),
                ("retry_non_idempotent", retry_non_idempotent),
                ("max_rate_limit_wait", max_rate_limit_wait),
                ("backoff_initial", backoff_initial),
                ("backoff_max", backoff_max),
            )
            if value is not None
        }
        view._retry = dataclasses.replace(self._retry, **changes) if changes else self._retry
        return view

    @property
    def base_url(self) -> str:
        """The root URL every request goes to."""
        return self._base_url

    @property
    def unstable_operations(self) -> frozenset[str]:
        """The beta operations this client may call."""
        return self._enabled

    @property
    def retry_policy(self) -> RetryPolicy:
        """How this client retries (see ``with_options`` to change it per call)."""
        return self._retry

    @property
    def strict_responses(self) -> bool:
        """Whether a 2xx body that deviates from the spec raises (True) or is parsed leniently (False)."""
        return self._strict

    @property
    def closed(self) -> bool:
        """True once the client (or the client a view came from, or this view itself) has been closed."""
        return self._pool.closed or self._view_closed

    def _close_view(self) -> bool:
        """Close this object if it is a ``with_options`` view (True), leaving the shared pool open."""
        if self._is_view:
            self._view_closed = True
        return self._is_view

    def __repr__(self) -> str:
        # Keys are never shown, not even in part.
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, api_key='<redacted>', app_key='<redacted>', "
            f"unstable_operations={sorted(self._enabled)!r}, max_retries={self._retry.max_retries})"
        )

    # -- what both send loops share ---------------------------------------------------------------------

    def _prepare(self, operation: Operation, request: dict[str, Any]) -> dict[str, Any]:
        if self._pool.closed:
            raise ClientClosedError(f"{operation.name}: this {type(self).__name__} is closed; create a new one.")
        if self._view_closed:
            raise ClientClosedError(
                f"{operation.name}: this with_options view is closed; the client it came from is still open."
            )
        check_path(operation, request["url"])
        if operation.unstable is not None and operation.name not in self._enabled:
            raise UnstableOperationError(operation)
        params = request.get("params")
        if params:
            _check_limits(operation, params)
        if self._extra_headers:
            request = {**request, "headers": {**self._extra_headers, **request.get("headers", {})}}
        return request

    def _deadline(self) -> float | None:
        """The monotonic time a call must end by (total_timeout), or None."""
        return None if self._total_timeout is None else time.monotonic() + self._total_timeout

    def _after_status(
        self, operation: Operation, response: httpx.Response, attempt: int, started: float, deadline: float | None
    ) -> float:
        _log_response(operation, response, started)
        delay = delay_after_status(
            self._retry,
            attempt=attempt,
            status=response.status_code,
            idempotent=operation.idempotent,
            headers=response.headers,
            random=self._random,
        )
        if delay is None or _past(deadline, delay):
            raise api_error_from_response(operation, response, self._secrets)
        logger.info(
            "retrying %s after status %s in %.2fs (retry %d of %d)",
            operation.name,
            response.status_code,
            delay,
            attempt + 1,
            self._retry.max_retries,
        )
        return delay

    def _after_failure(
        self,
        operation: Operation,
        request: dict[str, Any],
        attempt: int,
        exc: httpx.RequestError | RuntimeError,
        started: float,
        deadline: float | None,
    ) -> float:
        """The wait before retrying a request that got no response, or the typed error raised instead.

        Whatever is raised, the httpx request chained to it carries no key (see _redact.scrub_chain).
        """
        scrub_chain(exc, self._secrets, SECRET_HEADERS)
        if self._pool.closed:
            # Closed under the call (httpx's "client has been closed", or its connection closed): whatever the
            # method, the call ends because of the close.
            raise self._closed_during(operation) from exc
        if isinstance(exc, RuntimeError):
            raise exc
        if not isinstance(exc, httpx.TransportError):
            # Not a transport failure (an undecodable gzip body, too many redirects): typed, never retried.
            raise _request_failed(operation, request, self._base_url, exc, self._secrets) from exc
        elapsed = time.perf_counter() - started
        delay = delay_after_exception(
            self._retry, attempt=attempt, exc=exc, idempotent=operation.idempotent, random=self._random
        )
        if delay is None or _past(deadline, delay):
            logger.debug(
                "%s %s failed after %.3fs: %s", request["method"].upper(), request["url"], elapsed, type(exc).__name__
            )
            raise _request_failed(operation, request, self._base_url, exc, self._secrets) from exc
        logger.info(
            "retrying %s after %s in %.2fs (retry %d of %d)",
            operation.name,
            type(exc).__name__,
            delay,
            attempt + 1,
            self._retry.max_retries,
        )
        return delay

    def _closed_during(self, operation: Operation) -> ClientClosedError:
        return ClientClosedError(f"{operation.name}: this {type(self).__name__} was closed during the call.")

    def _invalid_response(self, operation: Operation, response: httpx.Response, exc: Exception) -> Exception:
        from .types import ModelValidationError  # loaded with the models (the error path only)

        if isinstance(exc, ModelValidationError):
            path, reason = exc.dotted_path, exc.reason
        elif isinstance(exc, RecursionError):  # json.loads or a model's from_dict gave up on the depth
            path, reason = "<root>", "the body is nested too deeply to parse"
        else:  # the body is not JSON at all (json.loads raised)
            path, reason = "<root>", f"the body is not valid JSON ({type(exc).__name__})"
        return ResponseValidationError(
            operation=operation.name,
            status_code=response.status_code,
            path=path,
            reason=reason,
            response=with_redacted_request(response),
        )

    def _deviating_response(self, operation: Operation, response: httpx.Response, parsed: DatadogModel) -> None:
        handle_deviations(operation, response, parsed, strict=self._strict)

    def _unexpected_status(self, operation: Operation, response: httpx.Response) -> Exception:
        return ResponseValidationError(
            operation=operation.name,
            status_code=response.status_code,
            path="the status",
            reason=f"{response.status_code} is not a documented success status",
            response=with_redacted_request(response),
        )


class AsyncDatadogClient(_ClientBase, AsyncClient):
    """The async Datadog API client: ``async with AsyncDatadogClient() as client: ...``.

    Pass it as ``client=`` to the generated ``asyncio``/``asyncio_detailed`` functions and to
    ``paginate``/``iter_pages``. It owns one async connection pool; share one client across the tasks of a
    service and close it with ``async with`` or ``await client.aclose()``.
    """

    __slots__ = ()

    _pool: AsyncPool
    _TRANSPORT = httpx.AsyncBaseTransport

    @staticmethod
    def _new_pool(settings: dict[str, Any]) -> AsyncPool:
        return AsyncPool(settings)

    async def __aenter__(self) -> Self:
        self._pool.get()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool and refuse new calls (a view: close only the view). Idempotent."""
        if self._close_view():
            return
        await self._pool.aclose()

    async def _send_async(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        pool = self._pool
        task = pool.enter()  # from here aclose() can abort the call (see AsyncPool.aclose)
        try:
            return await self._send_attempts(operation, request)
        except asyncio.CancelledError:
            if pool.closed_by_us(task):
                raise self._closed_during(operation) from None
            raise
        finally:
            pool.leave(task)

    async def _send_attempts(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        request = self._prepare(operation, request)
        http = self._pool.get()
        deadline = self._deadline()
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await _attempt_async(http, request, self._pool.urls, self._timeout, deadline)
            except (httpx.RequestError, RuntimeError) as exc:
                delay = self._after_failure(operation, request, attempt, exc, started, deadline)
            else:
                if _declares_forbidden_body(response):
                    await response.extensions["network_stream"].aclose()
                if response.is_success:
                    _log_response(operation, response, started)
                    return response
                delay = self._after_status(operation, response, attempt, started, deadline)
            await asyncio.sleep(delay)  # a cancellation here propagates at once
            attempt += 1


class DatadogClient(_ClientBase, SyncClient):
    """The sync Datadog API client: ``with DatadogClient() as client: ...``.

    Pass it as ``client=`` to the generated ``sync``/``sync_detailed`` functions and to
    ``paginate``/``iter_pages`` (plain ``for``). It owns one connection pool, safe to share between threads;
    close it with ``with`` or ``client.close()``.

    Called from inside a running event loop (a notebook cell, an ``async def``), a call still runs, since
    notebooks run every cell inside one, but it blocks that loop: the first such call warns with
    :class:`datadog_async.BlockingCallWarning`. Async code should use :class:`AsyncDatadogClient`.
    """

    __slots__ = ("_warned",)

    _pool: SyncPool
    _warned: bool  # set by the first call made inside a running event loop
    _TRANSPORT = httpx.BaseTransport

    @staticmethod
    def _new_pool(settings: dict[str, Any]) -> SyncPool:
        return SyncPool(settings)

    def __enter__(self) -> Self:
        self._pool.get()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool and refuse new calls (a view: close only the view). Idempotent."""
        if self._close_view():
            return
        self._pool.close()

    def _send(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        request = self._prepare(operation, request)
        _warn_if_in_event_loop(self, operation)
        http = self._pool.get()
        deadline = self._deadline()
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = _attempt_sync(http, request, self._pool.urls, self._timeout, deadline)
            except (httpx.RequestError, RuntimeError) as exc:
                delay = self._after_failure(operation, request, attempt, exc, started, deadline)
            else:
                if _declares_forbidden_body(response):
                    response.extensions["network_stream"].close()
                if response.is_success:
                    _log_response(operation, response, started)
                    return response
                delay = self._after_status(operation, response, attempt, started, deadline)
            self._pool.sleep(delay)  # close() cuts it short
            attempt += 1


def _warn_if_in_event_loop(client: DatadogClient, operation: Operation) -> None:
    """Warn once per client when a sync call blocks a running event loop (see DatadogClient's docstring)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    if getattr(client, "_warned", False):
        return
    client._warned = True
    warnings.warn(
        f"{operation.name}: a DatadogClient (sync) call inside a running event loop blocks the loop until it "
        "returns; in async code use AsyncDatadogClient and await the asyncio functions.",
        BlockingCallWarning,
        stacklevel=_caller_level(),
    )


def _caller_level() -> int:
    """The ``stacklevel`` of the first frame outside this package: the warning points at the caller's line,
    whether it called the function or a namespace method."""
    frame, level = sys._getframe(2), 2  # 1 is warnings.warn's caller (the function above)
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith("datadog_async."):
        frame, level = frame.f_back, level + 1
    return level


def _request_failed(
    operation: Operation, request: dict[str, Any], base_url: str, exc: httpx.RequestError, secrets: tuple[str, ...]
) -> ApiConnectionError:
    """The typed error for a request that got no usable HTTP response (the lower layer's text, keys removed)."""
    method = request["method"].upper()
    url = f"{base_url}{request['url']}"
    error_type = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    return error_type(
        f"{operation.name}: {method} {url} failed: {type(exc).__name__}: {redact(str(exc), secrets)}",
        operation=operation.name,
        method=method,
        url=url,
    )


def _declares_forbidden_body(response: httpx.Response) -> bool:
    """A 204 or 304 that announces a body anyway: HTTP says to ignore it, so its bytes would stay on the socket
    and be read as the start of the next response on that keep-alive connection. Such a connection must not be
    reused (we close its stream; the pool then discards it)."""
    if response.status_code not in (204, 304) or "network_stream" not in response.extensions:
        return False
    length = response.headers.get("content-length", "0").strip()
    return length != "0" or "transfer-encoding" in response.headers


def _refuse_secret_headers(headers: Mapping[str, str]) -> None:
    """Keys are set once, from api_key/app_key; headers= must not smuggle in others."""
    given = {name.lower() for name in headers}
    clash = [name for name in SECRET_HEADERS if name.lower() in given]
    if clash:
        raise ValueError(f"headers may not set {', '.join(clash)}: pass api_key/app_key to the client instead.")


def _total_timeout(value: float | None) -> float | None:
    return None if value is None else _checks.number("total_timeout", value, positive=True)


def _past(deadline: float | None, delay: float) -> bool:
    """True when waiting ``delay`` seconds before the next attempt would end past the call's deadline."""
    return deadline is not None and time.monotonic() + delay >= deadline


def _check_limits(operation: Operation, params: Mapping[str, Any]) -> None:
    """Bounds from the spec, checked before sending so a bad value never costs a round trip."""
    for limit in operation.limits:
        value = params.get(limit.wire_name)
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{operation.name}: {limit.python_name} must be an int, got {type(value).__name__}.")
        if limit.maximum is not None and value > limit.maximum:
            raise ValueError(f"{operation.name}: {limit.python_name}={value} is above the maximum of {limit.maximum}.")
        if limit.minimum is not None and value < limit.minimum:
            raise ValueError(f"{operation.name}: {limit.python_name}={value} is below the minimum of {limit.minimum}.")


def _log_response(operation: Operation, response: httpx.Response, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s %s -> %d in %.3fs",
            operation.name,
            response.request.method,
            response.request.url.path,
            response.status_code,
            time.perf_counter() - started,
        )


__all__ = ["DEFAULT_TIMEOUT", "AsyncDatadogClient", "DatadogClient"]
