"""``python -m datadog_async.testing``: serve the fake Datadog API over HTTP (uvicorn)."""

from __future__ import annotations

import argparse

from ._server import serve

DESCRIPTION = """\
Serve the embedded Datadog API fake over HTTP, for programs and tests that do not use the
Python client in-process. Every operation of the SDK is answered from memory; nothing leaves
this machine. It prints the URL it listens on to stderr, then serves until interrupted.
"""

EPILOG = """\
example:
  python -m datadog_async.testing --port 8126
  then point a client at it: AsyncDatadogClient(base_url="http://127.0.0.1:8126", api_key="any", app_key="any")

Needs the testing extra: pip install 'datadog-async[testing]'
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m datadog_async.testing",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8126, help="port to listen on; 0 picks a free one (default: 8126)")
    parser.add_argument("--seed", type=int, default=None, help="seed for ids, for reproducible runs")
    parser.add_argument("--api-key", default=None, help="accept only this DD-API-KEY (default: any non-empty key)")
    parser.add_argument("--app-key", default=None, help="accept only this DD-APPLICATION-KEY (default: any)")
    args = parser.parse_args(argv)
    serve(host=args.host, port=args.port, seed=args.seed, api_key=args.api_key, app_key=args.app_key)


if __name__ == "__main__":
    main()
