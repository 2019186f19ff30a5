"""DatadogClient: configuration, one connection pool per flavour (sync/async), gating, retries, errors."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import platform
import random
import time
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self

import httpx

from ._config import resolve_base_url, resolve_keys, resolve_unstable
from ._deviations import handle_deviations, resolve_strict
from ._errors import (
    ApiConnectionError,
    ApiTimeoutError,
    ClientClosedError,
    ResponseValidationError,
    UnstableOperationError,
    api_error_from_response,
    with_redacted_request,
)
from ._operations import Operation
from ._pools import DEFAULT_LIMITS, SECRET_HEADERS, Pools
from ._retry import RetryPolicy, delay_after_exception, delay_after_status
from ._version import __version__
from .client import Client
from .types import Deviation, ModelValidationError

logger = logging.getLogger("datadog_async")


DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = f"datadog-async/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
_RESERVED_HTTPX_ARGS = frozenset({"base_url", "headers", "timeout", "auth"})


class DatadogClient(Client):
    """The Datadog API client: pass it as ``client=`` to any generated endpoint function.

    Use it as a context manager (``async with`` or ``with``) so its connection pool is closed. Every
    argument is keyword-only; see the README's configuration table.
    """

    __slots__ = ("_base_url", "_enabled", "_extra_headers", "_pools", "_random", "_retry", "_strict", "_timeout")

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
        strict_responses: bool | None = None,
    ) -> None:
        api, app = resolve_keys(api_key, app_key)
        self._strict = resolve_strict(strict_responses)
        self._base_url = resolve_base_url(site, base_url, allow_insecure_http=allow_insecure_http)
        self._enabled = resolve_unstable(unstable_operations)
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0.")
        self._retry = RetryPolicy(
            max_retries=max_retries,
            max_rate_limit_wait=max_rate_limit_wait,
            retry_non_idempotent=retry_non_idempotent,
        )
        self._timeout = _as_timeout(timeout)
        self._extra_headers: dict[str, str] = {}
        self._random = random.random
        args = dict(httpx_args or {})
        reserved = sorted(_RESERVED_HTTPX_ARGS & args.keys())
        if reserved:
            raise ValueError(f"httpx_args may not set {', '.join(reserved)}: use DatadogClient's own arguments.")
        user_headers = dict(headers or {})
        _refuse_secret_headers(user_headers)
        settings: dict[str, Any] = {
            "base_url": self._base_url,
            "headers": {"User-Agent": USER_AGENT, **user_headers, "DD-API-KEY": api, "DD-APPLICATION-KEY": app},
            "timeout": self._timeout,
            "limits": DEFAULT_LIMITS,
            **args,
        }
        self._pools = Pools(settings)

    # -- configuration views ---------------------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
        strict_responses: bool | None = None,
    ) -> DatadogClient:
        """A view of this client with other per-call options; it shares the pool and never mutates this one."""
        view = object.__new__(DatadogClient)
        view._base_url = self._base_url
        view._enabled = self._enabled
        view._pools = self._pools
        view._random = self._random
        view._strict = self._strict if strict_responses is None else resolve_strict(strict_responses)
        view._timeout = self._timeout if timeout is None else _as_timeout(timeout)
        extra = {**self._extra_headers, **(headers or {})}
        _refuse_secret_headers(extra)
        view._extra_headers = extra
        retry = self._retry
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0.")
            retry = dataclasses.replace(retry, max_retries=max_retries)
        if retry_non_idempotent is not None:
            retry = dataclasses.replace(retry, retry_non_idempotent=retry_non_idempotent)
        view._retry = retry
        return view

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def unstable_operations(self) -> frozenset[str]:
        return self._enabled

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    @property
    def strict_responses(self) -> bool:
        """Whether a 2xx body that deviates from the spec raises (True) or is parsed leniently (False)."""
        return self._strict

    @property
    def closed(self) -> bool:
        return self._pools.closed

    def __repr__(self) -> str:
        # Keys are never shown, not even in part.
        return (
            f"DatadogClient(base_url={self._base_url!r}, api_key='<redacted>', app_key='<redacted>', "
            f"unstable_operations={sorted(self._enabled)!r}, max_retries={self._retry.max_retries})"
        )

    # -- lifecycle --------------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self._pools.sync()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self._pools.async_()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def close(self) -> None:
        """Close the sync pool and refuse new calls. Idempotent. An async pool needs ``await aclose()``."""
        pools = self._pools
        pools.closed = True
        if pools.sync_client is not None:
            pools.sync_client.close()

    async def aclose(self) -> None:
        """Close both pools (and refuse new calls). Idempotent."""
        pools = self._pools
        pools.closed = True
        if pools.async_client is not None:
            await pools.async_client.aclose()
        if pools.sync_client is not None:
            pools.sync_client.close()

    # -- the transport contract of the generated code ---------------------------------------------------

    def _prepare(self, operation: Operation, request: dict[str, Any]) -> dict[str, Any]:
        if self._pools.closed:
            raise ClientClosedError(f"{operation.name}: this DatadogClient is closed; create a new one.")
        if operation.unstable is not None and operation.name not in self._enabled:
            raise UnstableOperationError(operation)
        params = request.get("params")
        if params:
            _check_limits(operation, params)
        if self._extra_headers:
            request = {**request, "headers": {**self._extra_headers, **request.get("headers", {})}}
        return request

    def send(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        request = self._prepare(operation, request)
        http = self._pools.sync()
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = http.request(**_httpx_args(request, self._base_url), timeout=self._timeout)
            except (httpx.RequestError, RuntimeError) as exc:
                delay = self._after_failure(operation, request, attempt, exc, started)
            else:
                if _declares_forbidden_body(response):
                    response.extensions["network_stream"].close()
                if response.is_success:
                    _log_response(operation, response, started)
                    return response
                delay = self._after_status(operation, response, attempt, started)
            time.sleep(delay)
            attempt += 1

    async def send_async(self, operation: Operation, request: dict[str, Any]) -> httpx.Response:
        request = self._prepare(operation, request)
        http = self._pools.async_()
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await http.request(**_httpx_args(request, self._base_url), timeout=self._timeout)
            except (httpx.RequestError, RuntimeError) as exc:
                delay = self._after_failure(operation, request, attempt, exc, started)
            else:
                if _declares_forbidden_body(response):
                    await response.extensions["network_stream"].aclose()
                if response.is_success:
                    _log_response(operation, response, started)
                    return response
                delay = self._after_status(operation, response, attempt, started)
            await asyncio.sleep(delay)  # a cancellation here propagates at once
            attempt += 1

    def _after_status(self, operation: Operation, response: httpx.Response, attempt: int, started: float) -> float:
        _log_response(operation, response, started)
        delay = delay_after_status(
            self._retry,
            attempt=attempt,
            status=response.status_code,
            idempotent=operation.idempotent,
            headers=response.headers,
            random=self._random,
        )
        if delay is None:
            raise api_error_from_response(operation, response)
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
    ) -> float:
        """The wait before retrying a request that got no response, or the typed error raised instead."""
        if isinstance(exc, RuntimeError):
            if not self._pools.closed:
                raise exc
            # httpx's own "client has been closed": this call was queued or about to retry when closed.
            raise ClientClosedError(f"{operation.name}: this DatadogClient was closed during the call.") from exc
        if not isinstance(exc, httpx.TransportError):
            # Not a transport failure (an undecodable gzip body, too many redirects): typed, never retried.
            raise _request_failed(operation, request, self._base_url, exc) from exc
        elapsed = time.perf_counter() - started
        delay = delay_after_exception(
            self._retry, attempt=attempt, exc=exc, idempotent=operation.idempotent, random=self._random
        )
        if delay is None:
            logger.debug(
                "%s %s failed after %.3fs: %s", request["method"].upper(), request["url"], elapsed, type(exc).__name__
            )
            raise _request_failed(operation, request, self._base_url, exc) from exc
        logger.info(
            "retrying %s after %s in %.2fs (retry %d of %d)",
            operation.name,
            type(exc).__name__,
            delay,
            attempt + 1,
            self._retry.max_retries,
        )
        return delay

    def invalid_response(self, operation: Operation, response: httpx.Response, exc: Exception) -> Exception:
        if isinstance(exc, ModelValidationError):
            path, reason = exc.dotted_path, exc.reason
        else:  # the body is not JSON at all (json.loads raised)
            path, reason = "<root>", f"the body is not valid JSON ({type(exc).__name__})"
        return ResponseValidationError(
            operation=operation.name,
            status_code=response.status_code,
            path=path,
            reason=reason,
            response=with_redacted_request(response),
        )

    def deviating_response(
        self, operation: Operation, response: httpx.Response, deviations: tuple[Deviation, ...]
    ) -> None:
        handle_deviations(operation, response, deviations, strict=self._strict)

    def unexpected_status(self, operation: Operation, response: httpx.Response) -> Exception:
        return ResponseValidationError(
            operation=operation.name,
            status_code=response.status_code,
            path="the status",
            reason=f"{response.status_code} is not a documented success status",
            response=with_redacted_request(response),
        )


def _request_failed(
    operation: Operation, request: dict[str, Any], base_url: str, exc: httpx.RequestError
) -> ApiConnectionError:
    """The typed error for a request that got no usable HTTP response."""
    method = request["method"].upper()
    url = f"{base_url}{request['url']}"
    error_type = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    return error_type(
        f"{operation.name}: {method} {url} failed: {type(exc).__name__}: {exc}",
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


def _httpx_args(request: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The generated request, as httpx arguments that parse the URL once: an absolute URL (httpx would parse the
    relative one, then merge it into base_url and parse again) and no empty params (which make httpx copy the
    URL once more)."""
    args = dict(request)
    args["url"] = httpx.URL(base_url + request["url"])
    if not args.get("params", True):
        del args["params"]
    return args


def _refuse_secret_headers(headers: Mapping[str, str]) -> None:
    """Keys are set once, from api_key/app_key; headers= must not smuggle in others."""
    given = {name.lower() for name in headers}
    clash = [name for name in SECRET_HEADERS if name.lower() in given]
    if clash:
        raise ValueError(f"headers may not set {', '.join(clash)}: pass api_key/app_key to DatadogClient.")


def _as_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if not timeout or timeout <= 0 or timeout == float("inf"):
        raise ValueError("timeout must be a finite number of seconds > 0.")
    return httpx.Timeout(timeout)


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


__all__ = ["DEFAULT_TIMEOUT", "DatadogClient"]
