"""Run a fake on a real socket with uvicorn, printing the URL it listens on (port 0: a free port)."""

from __future__ import annotations

import socket
import sys

from ._app import FakeDatadog
from ._extra import require


def serve(
    *, host: str, port: int, seed: int | None = None, api_key: str | None = None, app_key: str | None = None
) -> None:
    require("uvicorn", "Serving the fake on a port")
    import uvicorn  # the `testing` extra

    fake = FakeDatadog(seed=seed, api_key=api_key, app_key=app_key)
    # IPPROTO_TCP, not 0: asyncio only turns Nagle off (TCP_NODELAY) on sockets that say they are TCP, and with
    # Nagle on, every keep-alive response (head and body written separately) waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)  # connections queue from now on, before uvicorn starts accepting
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    print(f"datadog_async.testing: fake Datadog API listening on http://{shown}:{bound}", file=sys.stderr, flush=True)
    config = uvicorn.Config(fake, log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
