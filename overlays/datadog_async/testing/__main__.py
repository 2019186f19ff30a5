"""``python -m datadog_async.testing [--host 127.0.0.1] [--port 8126]``: serve the fake over HTTP (uvicorn)."""

from __future__ import annotations

import argparse

from ._server import serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m datadog_async.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8126, help="port to listen on; 0 picks a free one")
    parser.add_argument("--seed", type=int, default=None, help="seed for ids, for reproducible runs")
    parser.add_argument("--api-key", default=None, help="accept only this DD-API-KEY (default: any)")
    parser.add_argument("--app-key", default=None, help="accept only this DD-APPLICATION-KEY (default: any)")
    args = parser.parse_args(argv)
    serve(host=args.host, port=args.port, seed=args.seed, api_key=args.api_key, app_key=args.app_key)


if __name__ == "__main__":
    main()
