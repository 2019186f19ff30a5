#!/usr/bin/env bash
# Generate the package from a spec: tools/generate.sh SPEC PACKAGE_DIR (PACKAGE_DIR ends in datadog_async).
# Uses the tools of the project venv (pinned generator and ruff), so the output is byte-for-byte stable.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${VENV_BIN:-$root/.venv/bin}"
spec="$1"; out="$2"
mkdir -p "$(dirname "$out")"
# The templates, plus what the generator does not pass them (parameter descriptions, x-pagination) as a
# Jinja file read from the same spec.
templates="$(mktemp -d)"
trap 'rm -rf "$templates"' EXIT
cp -R "$root/templates/." "$templates/"
"$bin/python" "$root/tools/gen_operations.py" --jinja "$spec" "$templates/spec_extras.jinja"
"$bin/openapi-python-client" generate --path "$spec" --config "$root/generator-config.yml" --meta none \
  --output-path "$out" --overwrite --fail-on-warning --custom-template-path "$templates"
"$bin/python" "$root/tools/gen_operations.py" "$spec" "$out/_operations.py"
"$bin/ruff" check --config "$root/ruff-generated.toml" --fix-only --quiet "$out"
"$bin/ruff" format --config "$root/ruff-generated.toml" --quiet "$out"
# The spec ships inside the package (JSON, so reading it needs no YAML parser): the embedded fake
# (datadog_async.testing) validates requests against it.
"$bin/python" -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), open(sys.argv[2], "w"), indent=1, ensure_ascii=False); open(sys.argv[2], "a").write("\n")' "$spec" "$out/openapi.json"
