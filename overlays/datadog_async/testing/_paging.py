"""The two paging styles of the spec: offset (``page[size]``/``page[offset]``) and page number (``limit``/``page``).

Decision: the spec gives these parameters no minimum, so a size below 1 is read as 1 and a negative offset
or page as 0, rather than rejected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from ._errors import FakeError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class OffsetPage:
    offset: int
    size: int
    total: int

    def meta(self) -> dict[str, Any]:
        """``meta.pagination``; ``next_offset`` only while there is a next page, so pagers stop exactly."""
        pagination: dict[str, Any] = {"offset": self.offset, "size": self.size}
        if self.offset + self.size < self.total:
            pagination["next_offset"] = self.offset + self.size
        return {"pagination": pagination}


# The response's meta.pagination.offset is an int64 (the spec): an offset past it cannot be answered.
_MAX_OFFSET = 2**63 - 1


def offset_page(items: list[T], query: dict[str, Any], *, default_size: int = 10) -> tuple[list[T], OffsetPage]:
    size = int(query.get("page[size]", default_size))
    offset = int(query.get("page[offset]", 0))
    size, offset = max(size, 1), max(offset, 0)
    if offset > _MAX_OFFSET:
        raise FakeError(400, f"page[offset] must be at most {_MAX_OFFSET}.", parameter="page[offset]")
    return items[offset : offset + size], OffsetPage(offset=offset, size=size, total=len(items))


def number_page(items: list[T], query: dict[str, Any], *, default_size: int = 10) -> list[T]:
    """Page ``page`` (counted from 0) of ``limit`` items."""
    size = int(query.get("limit", default_size))
    page = int(query.get("page", 0))
    size, page = max(size, 1), max(page, 0)
    return items[page * size : (page + 1) * size]
