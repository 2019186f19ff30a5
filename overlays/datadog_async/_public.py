"""The handwritten public API, re-exported by the package's __init__ as ``from datadog_async import ...``.

``__all__`` is what the package imports with the client; ``LAZY`` the public names it imports on first access
(PEP 562): paging and ``Deviation`` (the models' helpers) cost ~5 ms at import and no client needs them to start.
"""

import importlib
from typing import TYPE_CHECKING

from ._client import AsyncDatadogClient, DatadogClient
from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    BlockingCallWarning,
    ClientClosedError,
    ConflictError,
    DatadogError,
    EventLoopError,
    ForbiddenError,
    InsecureRedirectError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnstableOperationError,
)
from ._operations import OPERATIONS, SITES, UNSTABLE_OPERATIONS
from ._retry import RetryPolicy
from ._version import __version__

if TYPE_CHECKING:
    from ._pagination import PaginationError as PaginationError
    from .api import iter_pages as iter_pages
    from .api import paginate as paginate
    from .types import Deviation as Deviation

#: public name -> the module defining it, imported when the name is first read from the package.
LAZY = {"Deviation": ".types", "PaginationError": "._pagination", "iter_pages": ".api", "paginate": ".api"}

__all__ = [
    "OPERATIONS",
    "SITES",
    "UNSTABLE_OPERATIONS",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncDatadogClient",
    "AuthenticationError",
    "BadRequestError",
    "BlockingCallWarning",
    "ClientClosedError",
    "ConflictError",
    "DatadogClient",
    "DatadogError",
    "EventLoopError",
    "ForbiddenError",
    "InsecureRedirectError",
    "NotFoundError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "UnstableOperationError",
    "__version__",
]


def _public_name(obj: object) -> None:
    # Shown as `datadog_async.NotFoundError` (reprs, tracebacks, docs), not by the private module defining it.
    if isinstance(obj, type) or callable(obj):
        obj.__module__ = "datadog_async"


for _name in __all__:
    _public_name(globals()[_name])
del _name


def load(name: str) -> object:
    """The object behind the lazy public name ``name`` (LAZY), imported now."""
    obj: object = getattr(importlib.import_module(LAZY[name], __package__), name)
    _public_name(obj)
    return obj
