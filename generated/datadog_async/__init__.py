"""A client library for accessing Datadog API v2 (datadog-async slice)"""

# The package is split in two source trees: generated/datadog_async (this file, from `make generate`) and
# overlays/datadog_async (handwritten). extend_path joins them when both are on sys.path (editable
# install); in the wheel they are one directory and this is a no-op.
from pkgutil import extend_path

__path__ = extend_path(__path__, __name__)

from ._public import *  # noqa: E402, F403 -- the handwritten public API (overlays/datadog_async/_public.py)
from ._public import __all__ as __all__  # noqa: E402

del extend_path


def __dir__() -> list[str]:
    # dir(datadog_async) shows the public API, not the modules it is built from (subpackages such as
    # datadog_async.api are imported by name, as usual).
    return sorted(__all__)
