"""``make demo``: start the fake Datadog API on a free loopback port, run the quickstart against it, stop it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
READY = "listening on "


def main() -> int:
    server = subprocess.Popen(
        [sys.executable, "-m", "datadog_async.testing", "--host", "127.0.0.1", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        if READY not in line:
            print(f"the fake did not start: {line}{server.stderr.read()}", file=sys.stderr)
            return 1
        base_url = line.split(READY, 1)[1].strip()
        print(f"Fake Datadog API at {base_url}\n")
        env = {**os.environ, "DD_API_KEY": "demo-api-key", "DD_APP_KEY": "demo-app-key"}
        return subprocess.run([sys.executable, str(HERE / "quickstart.py"), "--base-url", base_url], env=env).returncode
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
