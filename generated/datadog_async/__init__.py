"""A client library for accessing Datadog API v2 (datadog-async slice)"""

# The package is split in two source trees: generated/datadog_async (this file, from `make generate`) and
# overlays/datadog_async (handwritten). extend_path joins them when both are on sys.path (editable
# install); in the wheel they are one directory and this is a no-op.
from pkgutil import extend_path
from typing import TYPE_CHECKING

__path__ = extend_path(__path__, __name__)

from ._public import *  # noqa: E402, F403 -- the handwritten public API (overlays/datadog_async/_public.py)
from ._public import LAZY as _LAZY  # noqa: E402
from ._public import __all__ as _EAGER  # noqa: E402
from ._public import load as _load  # noqa: E402

if TYPE_CHECKING:  # the names _public.LAZY imports on first access
    from ._public import Deviation as Deviation
    from ._public import PaginationError as PaginationError
    from ._public import iter_pages as iter_pages
    from ._public import paginate as paginate

__all__ = sorted([*_EAGER, *_LAZY])

del extend_path


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    obj = globals()[name] = _load(name)
    return obj


def __dir__() -> list[str]:
    # dir(datadog_async) shows the public API, not the modules it is built from (subpackages such as
    # datadog_async.api are imported by name, as usual).
    return sorted(__all__)
