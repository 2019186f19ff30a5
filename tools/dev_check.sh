#!/usr/bin/env bash
# Development check of spec parts: tools/dev_check.sh OUTDIR [part ...]
# Assembles base + parts into OUTDIR/openapi.yaml, validates it, generates into OUTDIR/gen/datadog_async.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"; shift
mkdir -p "$out"
if [ "$#" -gt 0 ]; then parts=(--parts "$@"); else parts=(); fi
"$root/.venv/bin/python" "$root/tools/assemble_spec.py" -o "$out/openapi.yaml" "${parts[@]}"
"$root/.venv/bin/openapi-spec-validator" "$out/openapi.yaml"
"$root/tools/generate.sh" "$out/openapi.yaml" "$out/gen/datadog_async"
echo "generated into $out/gen/datadog_async"
