"""Writes tests/fixtures/responses/<operation>.json: each operation's documented 2xx body in the shape Datadog sends.

A page is the spec's example for the operation's success status (the first one where several are named), with
the attributes a typical resource has no value for taken out (UNSET: the seeds' examples fill in everything),
shaped by the fake's ``ResponseShaper`` (every documented attribute of each resource present, ``null`` where it
has no value), plus two keys newer than the spec: a top-level member, and a field in the first resource's
attributes (in the resource object itself when it has no attributes). Operations whose success documents no
body (204s, Product Analytics' update) have no page.

Run ``.venv/bin/python tests/response_fixtures.py`` after changing openapi.yaml;
tests/models/test_response_fixtures.py checks that the checked-in files are what this writes.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

from datadog_async.testing._shape import ResponseShaper
from datadog_async.testing._spec import SpecIndex

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "responses"

# Keys the spec does not document, as Datadog adds fields before the docs describe them.
NEWER_TOP_LEVEL = ("added_after_spec", {"note": "a top-level member newer than the spec", "enabled": True})
NEWER_FIELD = ("field_added_after_spec", "a field newer than the spec")

# Resource type -> paths in its attributes ("*": every item of a list) that a typical resource has no value
# for; the shaper then sends them as null. Only optional attributes: fixture_pages checks each comes back null.
UNSET: dict[str, tuple[str, ...]] = {
    # An active incident: no case, nobody to notify, not archived or resolved, customers still impacted.
    "incidents": (
        "archived",
        "case_id",
        "customer_impact_duration",
        "customer_impact_end",
        "non_datadog_creator",
        "notification_handles",
        "resolved",
        "time_to_repair",
        "time_to_resolve",
    ),
    "users": ("icon", "title"),
    "incident_todos": ("completed", "due_date"),
    "incident_integrations": ("modified",),
    "appDefinitions": ("description", "tags"),
    # Facet buckets with nothing to aggregate.
    "incidents_search_results": ("facets/time_to_repair/*/aggregates/max", "facets/time_to_resolve/*/aggregates/min"),
    "list_connections_response": ("connections/*/fields/*/description", "connections/*/updated_by"),
}


def fixture_pages(spec: dict[str, Any]) -> dict[str, Any]:
    """Operation id -> the page written for it, for every operation whose success response has a JSON body."""
    index = SpecIndex(spec)
    shaper = ResponseShaper(spec)
    pages: dict[str, Any] = {}
    used: set[tuple[str, str]] = set()
    for name, op in sorted(index.operations.items()):
        with_body = [int(code) for code in op.responses if code.startswith("2") and op.schema_pointer(int(code))]
        if not with_body:
            continue
        if len(with_body) > 1:
            raise ValueError(f"{name} documents several 2xx bodies; name one fixture per status")
        status = with_body[0]
        example = op.example(status)
        if example is None:
            raise ValueError(f"{name}: the {status} response has no example to build a fixture page from")
        pointer = op.schema_pointer(status)
        assert pointer is not None
        example = copy.deepcopy(example)
        unset = _unset(example, drop=True)
        page = shaper.shape(pointer, example)
        if any(value is not None for value in _unset(page, drop=False)):
            raise ValueError(f"{name}: an UNSET path names a required attribute (it did not come back null)")
        pages[name] = _with_newer_keys(page)
        used.update(unset)
    if unused := {(kind, path) for kind, paths in UNSET.items() for path in paths} - used:
        raise ValueError(f"UNSET paths found in no example: {sorted(unused)}")
    return pages


def _unset(document: Any, *, drop: bool) -> Any:
    """Each UNSET path found in the resources of ``document``: (type, path) pairs when ``drop`` (removing the
    values), the values found there otherwise."""
    found: list[Any] = []
    for resource in _resources(document):
        for path in UNSET.get(resource["type"], ()):
            for parent, key in _locate(resource["attributes"], path.split("/")):
                if drop:
                    del parent[key]
                    found.append((resource["type"], path))
                else:
                    found.append(parent[key])
    return found


def _resources(value: Any) -> list[dict[str, Any]]:
    """Every JSON:API resource in ``value`` (an object with a string ``type`` and an object ``attributes``)."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if isinstance(value.get("type"), str) and isinstance(value.get("attributes"), dict):
            found.append(value)
        for item in value.values():
            found.extend(_resources(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_resources(item))
    return found


def _locate(value: Any, parts: list[str]) -> list[tuple[dict[str, Any], str]]:
    """(object, key) pairs the path leads to."""
    head, rest = parts[0], parts[1:]
    if head == "*":
        return [hit for item in value for hit in _locate(item, rest)] if isinstance(value, list) else []
    if not isinstance(value, dict) or head not in value:
        return []
    return [(value, head)] if not rest else _locate(value[head], rest)


def _with_newer_keys(page: dict[str, Any]) -> dict[str, Any]:
    page[NEWER_TOP_LEVEL[0]] = copy.deepcopy(NEWER_TOP_LEVEL[1])
    data = page.get("data")
    first = data[0] if isinstance(data, list) and data else data
    if isinstance(first, dict):
        target = first["attributes"] if isinstance(first.get("attributes"), dict) else first
        target[NEWER_FIELD[0]] = NEWER_FIELD[1]
    return page


def render(page: Any) -> str:
    return json.dumps(page, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    from helpers import load_spec

    pages = fixture_pages(load_spec())
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for stale in set(FIXTURES.glob("*.json")) - {FIXTURES / f"{name}.json" for name in pages}:
        stale.unlink()
    for name, page in pages.items():
        (FIXTURES / f"{name}.json").write_text(render(page), encoding="utf-8")
    print(f"wrote {len(pages)} fixture pages to {FIXTURES}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # helpers.py, when run as a script
    sys.exit(main())
