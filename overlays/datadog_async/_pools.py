"""The connection pool of each client (an httpx client, created on first use, shared by the views of a client).

A pool belongs to the process, and for async clients to the event loop, that opened it. After ``os.fork()``
the child opens its own (like redis-py's pid check): it never sends on a connection inherited from the parent,
and never closes one either, since closing writes on the socket (a TLS close_notify, an HTTP/2 GOAWAY) and
would break the parent's connection. An async client used from a new event loop once the loop that opened the
pool has stopped (``asyncio.run`` twice, pytest's loop per test) opens a new pool in the new loop: connections
belong to the loop that opened them.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncGenerator
from contextlib import suppress
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import ClientClosedError, EventLoopError
from ._redact import SECRET_HEADERS
from ._redirects import RedirectGuard
from ._sharded import TRANSPORT_ARGS, ShardedTransport, env_mounts
from ._urls import RequestUrls

if TYPE_CHECKING:
    from ._closing import ClosingBackend

# Enough keep-alive connections for high fan-out: without them httpx closes and reopens sockets under load.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)


class Pool:
    """The connection pool of one client, shared by every ``with_options`` view of it; created on first use."""

    __slots__ = ("closed", "guard", "lock", "pid", "settings", "urls")

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.closed = False
        self.lock = threading.Lock()
        self.pid = os.getpid()
        self.guard = RedirectGuard(settings["base_url"])
        self.urls = RequestUrls(settings["base_url"])

    def _check_open(self) -> None:
        if self.closed:
            raise ClientClosedError("This client is closed; create a new one.")

    def _forked(self) -> bool:
        """True (once) in a child process: the caller then forgets the parent's client without closing it."""
        pid = os.getpid()
        if pid == self.pid:
            return False
        self.pid = pid
        # The parent's lock may have been held, at fork time, by a thread that does not exist here.
        self.lock = threading.Lock()
        return True


class SyncPool(Pool):
    """The ``httpx.Client`` of a DatadogClient; ``close()`` ends the calls other threads have in flight."""

    __slots__ = ("backend", "client", "closing")

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.client: httpx.Client | None = None
        self.backend: ClosingBackend | None = None
        #: Set by close(): wakes the calls waiting to retry.
        self.closing = threading.Event()

    def sleep(self, seconds: float) -> None:
        """The wait before a retry, cut short by close()."""
        self.closing.wait(seconds)

    def get(self) -> httpx.Client:
        self._check_open()
        client = self.client
        if client is None or self.pid != os.getpid():
            client = self._open()
        return client

    def _open(self) -> httpx.Client:
        if self._forked():
            self.client = None
            self.closing = threading.Event()
        with self.lock:
            if self.client is None:
                settings = dict(self.settings)
                hooks = self.guard.sync_hooks(settings.pop("event_hooks", None))
                client = httpx.Client(event_hooks=hooks, **settings)
                _drop_cookies(client, self.settings)
                # Only under the transports httpx made: a transport of the user's own is theirs. Imported here, as
                # httpx imports httpcore: on first use, not with the package.
                from ._closing import install

                self.backend = None if {"transport", "mounts"} & settings.keys() else install(client)
                self.client = client
            return self.client

    def close(self) -> None:
        self.closed = True
        self.closing.set()
        if self.client is not None and not self._forked():
            if self.backend is not None:
                self.backend.shutdown()
            self.client.close()


class AsyncPool(Pool):
    """The ``httpx.AsyncClient`` of an AsyncDatadogClient, and the calls in flight on it (for ``aclose``)."""

    __slots__ = ("aborted", "calls", "client", "closer", "left", "loop")

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.client: httpx.AsyncClient | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        #: The tasks inside a call (sending, queued for a connection, or waiting to retry).
        self.calls: set[asyncio.Task[Any]] = set()
        #: The tasks aclose() cancelled: their CancelledError becomes ClientClosedError.
        self.aborted: set[asyncio.Task[Any]] = set()
        #: Set once the last aborted task has left its call.
        self.left: asyncio.Future[None] | None = None
        #: Closes the client when its loop ends (see _close_at_loop_end).
        self.closer: AsyncGenerator[None, None] | None = None

    def get(self) -> httpx.AsyncClient:
        self._check_open()
        client = self.client
        loop = asyncio.get_running_loop()
        if client is None or self.loop is not loop or self.pid != os.getpid():
            client = self._open(loop)
        return client

    def _open(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncClient:
        if self._forked():
            self.client = None
            self.calls.clear()
            self.aborted.clear()
            if self.closer is not None:
                _finish_inherited(self.closer)
                self.closer = None
        with self.lock:
            if self.client is not None and self.loop is not loop:
                if self.loop is not None and self.loop.is_running():
                    raise EventLoopError(
                        "This AsyncDatadogClient is in use by an event loop running in another thread; nothing "
                        "was sent. Create one AsyncDatadogClient per event loop (per thread)."
                    )
                # The loop that opened it has stopped: asyncio.run (or asyncio.Runner) closed it on the way out
                # (see _close_at_loop_end); a loop closed by hand leaves its sockets to the garbage collector.
                self.client = None
                self.calls.clear()
            if self.client is None:
                self.client = self._build()
                self.loop = loop
                self.closer = _close_at_loop_end(self.client)
            return self.client

    def _build(self) -> httpx.AsyncClient:
        settings = dict(self.settings)
        hooks = self.guard.async_hooks(settings.pop("event_hooks", None))
        if not TRANSPORT_ARGS & settings.keys():
            limits = settings.get("limits", DEFAULT_LIMITS)
            settings["transport"] = ShardedTransport(settings, limits)
            settings["mounts"] = env_mounts(settings, limits)
        aclient = httpx.AsyncClient(event_hooks=hooks, **settings)
        _drop_cookies(aclient, self.settings)
        return aclient

    def enter(self) -> asyncio.Task[Any] | None:
        """Record the current task as inside a call; ``leave`` it in a ``finally``."""
        task = asyncio.current_task()
        if task is not None:
            self.calls.add(task)
        return task

    def leave(self, task: asyncio.Task[Any] | None) -> None:
        if task is not None:
            self.calls.discard(task)
            self.aborted.discard(task)
            if self.left is not None and not self.aborted and not self.left.done():
                self.left.set_result(None)

    def closed_by_us(self, task: asyncio.Task[Any] | None) -> bool:
        """After a CancelledError in ``task``: True if aclose() alone cancelled it (the caller then raises
        ClientClosedError), False if someone else cancelled it too (the cancellation goes on)."""
        if task is None or task not in self.aborted:
            return False
        self.aborted.discard(task)
        return task.uncancel() == 0

    async def aclose(self) -> None:
        self.closed = True
        client, loop = self.client, self.loop
        if client is None or self._forked():
            return
        if loop is asyncio.get_running_loop():
            await self._abort_and_close(client)
        elif loop is not None and loop.is_running():
            # Its connections belong to a loop in another thread: close them there.
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._abort_and_close(client), loop))
        # Otherwise the loop that opened it has stopped: nothing of it can be closed from here (see _open).

    async def _abort_and_close(self, client: httpx.AsyncClient) -> None:
        current = asyncio.current_task()
        for task in list(self.calls):
            if task is not current and not task.done():
                self.aborted.add(task)
                task.cancel()
        if self.aborted:
            # Let the aborted calls leave httpcore before closing it: a queued request that is handed a
            # connection while unwinding would otherwise open it in a pool already closed.
            self.left = asyncio.get_running_loop().create_future()
            await self.left
        await client.aclose()
        if self.closer is not None:
            await self.closer.aclose()


def _close_at_loop_end(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    """An async generator, started and suspended, that closes ``client`` when it is closed itself. The running
    loop registers it on its first step, and ``asyncio.run`` (``asyncio.Runner``, pytest-asyncio) closes every
    such generator before closing the loop: the client's connections are closed in their own loop, cleanly,
    instead of being left open in a dead one when the client moves on to the next loop."""

    pid = os.getpid()

    async def close_with_the_loop() -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            if os.getpid() == pid:  # in a forked child the connections are the parent's: never closed there
                await client.aclose()

    closer = close_with_the_loop()
    step: Any = closer.__anext__()
    with suppress(StopIteration):
        step.send(None)  # runs up to the yield, which needs no await: no task, nothing scheduled
    return closer


def _finish_inherited(closer: AsyncGenerator[None, None]) -> None:
    """End, in a forked child, the closer inherited from the parent without waiting for the parent's loop: its
    ``finally`` has nothing to await there, so one step completes it (and garbage collection will not ask the
    parent's loop, whose wake-up pipe the child shares, to close it)."""
    step: Any = closer.aclose()
    with suppress(StopIteration):
        step.send(None)


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing: the Datadog API sets no cookies, and parsing Set-Cookie on every
    response through http.cookiejar costs more than the rest of the response handling."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def _drop_cookies(client: httpx.Client | httpx.AsyncClient, settings: dict[str, Any]) -> None:
    if "cookies" not in settings:
        client._cookies = _NoCookies()


__all__ = ["DEFAULT_LIMITS", "SECRET_HEADERS", "AsyncPool", "Pool", "SyncPool"]
