"""The handwritten public API, re-exported by the package's __init__ as ``from datadog_async import ...``."""

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
from ._pagination import PaginationError
from ._retry import RetryPolicy
from ._version import __version__
from .api import iter_pages, paginate
from .types import Deviation

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
    "Deviation",
    "EventLoopError",
    "ForbiddenError",
    "InsecureRedirectError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "UnstableOperationError",
    "__version__",
    "iter_pages",
    "paginate",
]

# Shown as `datadog_async.NotFoundError` (reprs, tracebacks, docs), not by the private module defining it.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type) or callable(_obj):
        _obj.__module__ = "datadog_async"
del _name, _obj
