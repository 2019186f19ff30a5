#!/usr/bin/env bash
# Run tests against a development generation: tools/dev_test.sh OUTDIR [pytest args...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(cd "$1" && pwd)"; shift
cd "$root"
DATADOG_ASYNC_SPEC="$out/openapi.yaml" PYTHONPATH="$out/gen:$root/overlays" "$root/.venv/bin/python" -m pytest "$@"
