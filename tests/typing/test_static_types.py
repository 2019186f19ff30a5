"""What mypy --strict accepts and refuses, checked by running it (once, over every snippet and README block).

Snippets in tests/typing/snippets/ mark each line mypy must flag: ``# E: <part of the error>`` for an error,
``# N: <part of the note>`` for a note (``reveal_type``). Any other error fails the test, so a snippet proves
both what is caught and that the rest type-checks. Every ```python block of the README is checked too, as a
module (wrapped in an ``async def`` when it awaits at top level), and must have no error at all.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = sorted((Path(__file__).parent / "snippets").glob("*.py"))
MARK = re.compile(r"#\s*(E|N):\s*(.+?)\s*$")
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): (?P<kind>error|note): (?P<message>.*)$")
TOP_LEVEL_AWAIT = re.compile(r"^(await |async (with|for) )", re.MULTILINE)
# The README's "your code" module in the testing example.
STUB = "from typing import Any\n\n\ndef __getattr__(name: str) -> Any: ...\n"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    kind: str
    message: str


def readme_blocks() -> Iterator[tuple[int, str]]:
    """(line number in README.md, code) of every ```python block."""
    lines = (ROOT / "README.md").read_text().splitlines()
    start: int | None = None
    for number, line in enumerate(lines, 1):
        if start is None and line.strip() == "```python":
            start = number
        elif start is not None and line.strip() == "```":
            yield start, "\n".join(lines[start : number - 1]) + "\n"
            start = None


def as_module(code: str) -> str:
    """A block as mypy can check it: imports stay at the top, top-level awaits go inside an async function."""
    if not TOP_LEVEL_AWAIT.search(code):
        return code
    imports = [line for line in code.splitlines() if line.startswith(("import ", "from "))]
    body = [line for line in code.splitlines() if not line.startswith(("import ", "from "))]
    return "\n".join(imports) + "\n\n\nasync def _block() -> None:\n" + textwrap.indent("\n".join(body), "    ") + "\n"


@pytest.fixture(scope="module")
def mypy_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Finding], dict[str, int]]:
    work = tmp_path_factory.mktemp("readme")
    (work / "myservice.pyi").write_text(STUB)
    blocks: dict[str, int] = {}
    for index, (line, code) in enumerate(readme_blocks()):
        path = work / f"readme_block_{index}.py"
        path.write_text(as_module(code))
        blocks[str(path)] = line
    files = [str(p) for p in SNIPPETS] + list(blocks)
    out, err, _status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--no-error-summary",
            "--show-absolute-path",
            "--hide-error-context",
            "--no-pretty",
            "--cache-dir",  # a cache of its own: a shared one replays old errors under old paths
            str(work / ".mypy_cache"),
            *files,
        ]
    )
    assert not err, err
    findings = []
    for raw in out.splitlines():
        match = LINE.match(raw)
        if match:
            findings.append(
                Finding(match["path"], int(match["line"]), match["kind"], match["message"].replace("\\", ""))
            )
    return findings, blocks


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[p.stem for p in SNIPPETS])
def test_snippet_errors_are_exactly_the_marked_ones(
    snippet: Path, mypy_run: tuple[list[Finding], dict[str, int]]
) -> None:
    findings = [f for f in mypy_run[0] if Path(f.path).resolve() == snippet.resolve()]
    expected = {}
    for number, line in enumerate(snippet.read_text().splitlines(), 1):
        match = MARK.search(line)
        if match:
            expected[number] = ("error" if match[1] == "E" else "note", match[2])
    assert expected, "a snippet with no expectation proves nothing"
    for number, (kind, text) in expected.items():
        here = [f.message for f in findings if f.line == number and f.kind == kind]
        assert any(text in message for message in here), f"line {number}: expected {kind} {text!r}, got {here}"
    unexpected = [f for f in findings if f.kind == "error" and f.line not in expected]
    assert not unexpected, unexpected


def test_every_readme_python_block_type_checks(mypy_run: tuple[list[Finding], dict[str, int]]) -> None:
    findings, blocks = mypy_run
    assert len(blocks) >= 4
    errors = [
        f"README.md block at line {blocks[f.path]}: {f.message}"
        for f in findings
        if f.kind == "error" and f.path in blocks
    ]
    assert not errors, "\n".join(errors)
