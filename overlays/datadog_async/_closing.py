"""What lets ``DatadogClient.close()`` reach the calls other threads have in flight.

httpx's close drops the pool's connections, but a thread blocked reading a socket stays blocked until its
timeout (closing a file descriptor does not wake a ``recv`` in another thread), and a call queued for a
connection is handed a new one and sent *after* the close. This network backend knows every socket the pool
opened: on close it refuses new connections and shuts the open sockets down, which wakes the blocked reads
at once; the send loop then reports ClientClosedError.
"""

from __future__ import annotations

import socket
import threading
import weakref
from collections.abc import Iterable
from contextlib import suppress
from typing import Any

import httpcore
import httpx


class ClosingBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, with every stream it opened tracked so that ``shutdown()`` can end them."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self._streams: weakref.WeakSet[_Tracked] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.closed = False

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        self._refuse_if_closed()
        return self.track(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        self._refuse_if_closed()
        return self.track(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)

    def track(self, stream: httpcore.NetworkStream) -> httpcore.NetworkStream:
        tracked = _Tracked(stream, self)
        with self._lock:
            closed = self.closed
            if not closed:
                self._streams.add(tracked)
        if closed:  # closed while connecting
            stream.close()
            raise httpcore.ConnectError("the client was closed")
        return tracked

    def shutdown(self) -> None:
        """Refuse new connections and end the open ones (a blocked read returns at once)."""
        with self._lock:
            self.closed = True
            streams = list(self._streams)
        for stream in streams:
            stream.shutdown()

    def _refuse_if_closed(self) -> None:
        if self.closed:
            raise httpcore.ConnectError("the client was closed")


class _Tracked(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, backend: ClosingBackend) -> None:
        self._stream = stream
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return self._backend.track(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)

    def shutdown(self) -> None:
        sock = self._stream.get_extra_info("socket")
        if isinstance(sock, socket.socket):
            # socket.socket's own shutdown, even on an SSLSocket: the TLS object must stay in place for the
            # thread reading it, which then sees the end of the stream.
            with suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


def install(client: httpx.Client) -> ClosingBackend | None:
    """Put a ClosingBackend under every httpcore pool of ``client`` (its transport and the proxy mounts httpx
    made from the environment); None when the user gave a transport of their own."""
    transports = [client._transport, *client._mounts.values()]
    pools = [t._pool for t in transports if isinstance(t, httpx.HTTPTransport)]
    if not pools:
        return None
    backend = ClosingBackend()
    for pool in pools:
        pool._network_backend = backend
    return backend
