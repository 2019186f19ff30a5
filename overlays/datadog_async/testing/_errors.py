"""Datadog-style error bodies (``{"errors": [...]}``), shaped to what the spec documents for the status."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from ._spec import OperationSpec, SpecIndex
from ._validate import Problem


class FakeError(Exception):
    """Raised by a resource handler to answer with an error status (404 for an unknown id, 409, ...)."""

    def __init__(self, status: int, detail: str, *, pointer: str | None = None, parameter: str | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.problems = [Problem(detail, pointer=pointer, parameter=parameter)]


def not_found(kind: str, ident: str) -> FakeError:
    return FakeError(404, f"{kind} {ident!r} not found.")


def title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def error_body(index: SpecIndex, op: OperationSpec | None, status: int, problems: list[Problem]) -> dict[str, Any]:
    """JSON:API error objects (status, title, detail, source) where the documented schema allows them;
    otherwise the plain strings of the Incidents and Product Analytics pages."""
    objects: list[Any] = []
    for problem in problems:
        item: dict[str, Any] = {"status": str(status), "title": title(status), "detail": problem.detail}
        source = {
            key: value
            for key, value in (
                ("pointer", problem.pointer),
                ("parameter", problem.parameter),
                ("header", problem.header),
            )
            if value is not None
        }
        if source:
            item["source"] = source
        objects.append(item)
    body: dict[str, Any] = {"errors": objects}
    schema = op.schema_pointer(status) if op is not None else None
    if schema is not None and not index.validator(schema).is_valid(body):
        body = {"errors": [problem.detail for problem in problems]}
    return body
