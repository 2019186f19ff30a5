"""Every text of the spec that ships in docstrings comes from the seed documents or is listed as our own words.

A `description`, `title` or `summary` passes when its words appear, in order, in a seed page, either whole or
sentence by sentence (the spec joins a page's overview sentences and status labels: "OK. The full app ...").
Words are compared case-insensitively without punctuation, so the seeds' line breaks, list layout, curly
apostrophes and non-breaking spaces do not matter, and the spec's backticks neither. Anything else must be
listed in own_words.txt: a text copied from elsewhere cannot slip in unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from helpers import SEEDS

OWN_WORDS = Path(__file__).with_name("own_words.txt")
TEXT_KEYS = ("description", "title", "summary")


def words(text: str) -> str:
    """The words of a text, lower-cased, space-separated and space-padded (so `in` matches whole words)."""
    return " " + " ".join(re.findall(r"\w+", text.replace("\u2019", "'").lower())) + " "


def normalised(text: str) -> str:
    return " ".join(text.split())


@cache
def seed_words() -> str:
    return "".join(words(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("0*.txt")))


def in_seeds(text: str) -> bool:
    seeds = seed_words()
    if words(text) in seeds:
        return True
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    return all(words(sentence) in seeds for sentence in sentences)


def spec_texts(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(JSON pointer, text) of every description, title and summary of the spec, examples excluded."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in TEXT_KEYS and isinstance(value, str):
                yield f"{path}/{key}", value
            elif key not in ("example", "examples"):
                yield from spec_texts(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from spec_texts(value, f"{path}/{index}")


def own_words() -> list[str]:
    lines = OWN_WORDS.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_the_matcher_tells_seed_text_from_other_text() -> None:
    assert in_seeds("The ID of the action connection")
    assert in_seeds("Filter apps by the app creator's UUID.")  # the seed has a curly apostrophe
    assert in_seeds("OK. The full app definition response object.")  # status label + description
    assert in_seeds("This endpoint requires the `incident_read` authorization scope.")
    assert not in_seeds("Relationship to an imaginary object.")
    assert not in_seeds("The ID of the action connection. A sentence no seed has.")


def test_every_text_comes_from_the_seeds_or_is_our_own_words(spec: dict[str, Any]) -> None:
    allowed = set(own_words())
    unsourced = [
        (pointer, normalised(text))
        for pointer, text in spec_texts(spec)
        if not in_seeds(text) and normalised(text) not in allowed
    ]
    assert unsourced == [], "not in the seeds: use the seed's text for the field, or add own words to own_words.txt"


def test_own_words_are_used_and_not_seed_text(spec: dict[str, Any]) -> None:
    used = {normalised(text) for _, text in spec_texts(spec)}
    listed = own_words()
    assert len(listed) == len(set(listed)), "duplicate lines in own_words.txt"
    assert [line for line in listed if line not in used] == [], "stale lines in own_words.txt"
    assert [line for line in listed if in_seeds(line)] == [], "seed text needs no own_words.txt line"


@pytest.mark.parametrize("note", [r"(?i)\bdecision\b", r"\bTODO\b", r"\bFIXME\b"])
def test_no_note_leaks_into_a_text(spec: dict[str, Any], note: str) -> None:
    # Decision notes are YAML comments: a description ships in the generated docstrings.
    assert [pointer for pointer, text in spec_texts(spec) if re.search(note, text)] == []
