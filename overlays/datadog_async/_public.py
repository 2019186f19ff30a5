"""The handwritten public API, re-exported by the package's __init__ as ``from datadog_async import ...``."""

from ._client import DatadogClient
from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    DatadogError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnstableOperationError,
)
from ._operations import OPERATIONS, SITES, UNSTABLE_OPERATIONS
from ._pagination import iter_pages, paginate
from ._retry import RetryPolicy
from ._version import __version__
from .types import Deviation

__all__ = [
    "OPERATIONS",
    "SITES",
    "UNSTABLE_OPERATIONS",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DatadogClient",
    "DatadogError",
    "Deviation",
    "ForbiddenError",
    "NotFoundError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "UnstableOperationError",
    "__version__",
    "iter_pages",
    "paginate",
]
