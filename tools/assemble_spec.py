"""Splice spec/base.yaml and spec/parts/*.yaml into one openapi.yaml, keeping comments (text splice)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("paths", "schemas", "parameters", "responses")


def split_part(text: str, name: str) -> dict[str, list[str]]:
    """Return the lines of each section of a part, indented as in the final document."""
    out: dict[str, list[str]] = {s: [] for s in SECTIONS}
    current: str | None = None
    for line in text.splitlines():
        if re.match(r"^paths:\s*$", line):
            current = "paths"
            continue
        if re.match(r"^components:\s*$", line):
            current = None
            continue
        m = re.match(r"^  (schemas|parameters|responses):\s*$", line)
        if m:
            current = m.group(1)
            continue
        if line and not line.startswith(" ") and not line.startswith("#"):
            sys.exit(f"{name}: unexpected top-level line: {line!r}")
        if current is None:
            if line.strip() and not line.lstrip().startswith("#"):
                sys.exit(f"{name}: line outside a known section: {line!r}")
            continue
        out[current].append(line)
    return out


def assemble(parts: list[Path]) -> str:
    base = (ROOT / "spec" / "base.yaml").read_text().splitlines()
    chunks: dict[str, list[str]] = {s: [] for s in SECTIONS}
    for part in parts:
        for section, lines in split_part(part.read_text(), part.name).items():
            if lines:
                chunks[section] += [f"{'  ' if section == 'paths' else '    '}# --- {part.stem} ---", *lines]
    result: list[str] = []
    for line in base:
        key = {
            "paths:": "paths",
            "  schemas:": "schemas",
            "  parameters:": "parameters",
            "  responses:": "responses",
        }.get(line.rstrip())
        if key and not chunks[key] and key == "parameters":
            continue  # an empty mapping key would read as null
        result.append(line)
        if key:
            result += chunks[key]
    return "\n".join(result) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default=str(ROOT / "openapi.yaml"))
    ap.add_argument("--parts", nargs="*", help="part names or .yaml paths (default: all spec/parts/*.yaml)")
    args = ap.parse_args()
    if args.parts:
        parts = [Path(p) if p.endswith(".yaml") else ROOT / "spec" / "parts" / f"{p}.yaml" for p in args.parts]
    else:
        parts = sorted((ROOT / "spec" / "parts").glob("*.yaml"))
    Path(args.output).write_text(assemble(parts))


if __name__ == "__main__":
    main()
