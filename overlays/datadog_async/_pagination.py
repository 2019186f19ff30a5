"""paginate() and iter_pages(): one typed wrapper over any paged generated operation, driven by x-pagination."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Generic, Protocol, TypeVar

from ._operations import Operation, Pagination
from .client import Client
from .types import Unset

PageT = TypeVar("PageT")
PageT_co = TypeVar("PageT_co", covariant=True)


class _SyncCall(Protocol[PageT_co]):
    def __call__(self, *args: Any, **kwargs: Any) -> PageT_co: ...


class _AsyncCall(Protocol[PageT_co]):
    async def __call__(self, *args: Any, **kwargs: Any) -> PageT_co: ...


class PagedEndpoint(Protocol[PageT_co]):
    """A generated endpoint module (``datadog_async.api.incidents.list_incidents``) of a paged operation."""

    @property
    def OPERATION(self) -> Operation: ...

    @property
    def sync(self) -> _SyncCall[PageT_co]: ...

    @property
    def asyncio(self) -> _AsyncCall[PageT_co]: ...


class Pages(Generic[PageT]):
    """Whole pages of a paged operation: ``async for page in ...`` or ``for page in ...``."""

    def __init__(
        self, endpoint: PagedEndpoint[PageT], client: Client, params: dict[str, Any], max_items: int | None
    ) -> None:
        operation = endpoint.OPERATION
        if operation.pagination is None:
            raise TypeError(f"{operation.name} is not a paged operation (it has no x-pagination in the spec).")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0.")
        self._endpoint = endpoint
        self._client = client
        self._operation = operation
        self._pagination: Pagination = operation.pagination
        self._params = params
        self._max_items = max_items
        size = params.get(self._pagination.size_param, self._pagination.default_size)
        if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 1):
            raise ValueError(f"{operation.name}: {self._pagination.size_param} must be a positive int, got {size!r}.")
        limit = self._pagination.max_size
        if size is not None and limit is not None and size > limit:
            raise ValueError(f"{operation.name}: {self._pagination.size_param}={size} is above the maximum of {limit}.")
        self._size: int | None = size

    def __aiter__(self) -> AsyncIterator[PageT]:
        return self._aiter()

    def __iter__(self) -> Iterator[PageT]:
        cursor = _Cursor(self)
        while (params := cursor.next_params()) is not None:
            page = self._endpoint.sync(client=self._client, **params)
            cursor.advance(page)
            yield page

    async def _aiter(self) -> AsyncIterator[PageT]:
        cursor = _Cursor(self)
        while (params := cursor.next_params()) is not None:
            page = await self._endpoint.asyncio(client=self._client, **params)
            cursor.advance(page)
            yield page


class Items(Generic[PageT]):
    """The items of every page, in order: ``async for item in ...`` or ``for item in ...``."""

    def __init__(self, pages: Pages[PageT]) -> None:
        self._pages = pages

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._aiter()

    async def _aiter(self) -> AsyncIterator[Any]:
        remaining = self._pages._max_items
        async for page in self._pages:
            for item in items_of(self._pages._pagination, page):
                if remaining is not None:
                    if remaining <= 0:
                        return
                    remaining -= 1
                yield item

    def __iter__(self) -> Iterator[Any]:
        remaining = self._pages._max_items
        for page in self._pages:
            for item in items_of(self._pages._pagination, page):
                if remaining is not None:
                    if remaining <= 0:
                        return
                    remaining -= 1
                yield item


class _Cursor:
    """Where the next page starts, and whether there is one. Shared by the sync and async loops."""

    def __init__(self, pages: Pages[Any]) -> None:
        self._pages = pages
        p = pages._pagination
        self._params = dict(pages._params)
        self._position: int = int(self._params.get(p.offset_param or p.page_param or "", 0) or 0)
        self._fetched = 0
        self._done = pages._max_items == 0

    def next_params(self) -> dict[str, Any] | None:
        if self._done:
            return None
        pages, p = self._pages, self._pages._pagination
        params = dict(self._params)
        size = pages._size
        if p.style == "offset":
            params[p.offset_param or ""] = self._position
            if pages._max_items is not None and size is not None:
                # Don't fetch more than asked for on the last page.
                size = min(size, pages._max_items - self._fetched)
            if size is not None:
                params[p.size_param] = size
        else:
            params[p.page_param or ""] = self._position
            if size is not None:
                params[p.size_param] = size
        self._requested = size
        return params

    def advance(self, page: Any) -> None:
        p = self._pages._pagination
        count = len(items_of(p, page))
        self._fetched += count
        max_items = self._pages._max_items
        if max_items is not None and self._fetched >= max_items:
            self._done = True
            return
        if count == 0 or (self._requested is not None and count < self._requested):
            self._done = True  # a short page is the last one
            return
        if p.style == "offset":
            next_offset = _lookup(page, p.next_offset) if p.next_offset else None
            if p.next_offset and not isinstance(next_offset, int):
                self._done = True  # the API reports no next page
                return
            self._position = next_offset if isinstance(next_offset, int) else self._position + count
        else:
            self._position += 1
        total = _lookup(page, p.total) if p.total else None
        if isinstance(total, int):
            seen = self._position if p.style == "offset" else self._position * (self._requested or count)
            if seen >= total:
                self._done = True


def items_of(pagination: Pagination, page: Any) -> list[Any]:
    items = _lookup(page, pagination.items)
    return items if isinstance(items, list) else []


def _lookup(obj: Any, path: tuple[tuple[str, str], ...] | None) -> Any:
    """Follow a path from x-pagination through generated models (by attribute) or free-form dicts (by key)."""
    for wire, attribute in path or ():
        obj = obj.get(wire) if isinstance(obj, dict) else getattr(obj, attribute, None)
        if obj is None or isinstance(obj, Unset):
            return None
    return obj


def iter_pages(
    endpoint: PagedEndpoint[PageT], *, client: Client, max_items: int | None = None, **params: Any
) -> Pages[PageT]:
    """Every page of a paged operation, as the generated response model: ``async for`` or ``for``.

    Other keyword arguments are passed to every call (filters, sort, include). Stops at the last page, or once
    ``max_items`` items have been fetched.
    """
    return Pages(endpoint, client, params, max_items)


def paginate(
    endpoint: PagedEndpoint[PageT], *, client: Client, max_items: int | None = None, **params: Any
) -> Items[PageT]:
    """Every item of a paged operation, across pages: ``async for item in paginate(list_incidents, client=c)``."""
    return Items(Pages(endpoint, client, params, max_items))


__all__ = ["Items", "PagedEndpoint", "Pages", "iter_pages", "paginate"]
