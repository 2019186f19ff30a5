"""Path parameters that would send a request to another route are refused before sending."""

from __future__ import annotations

import functools

from ._operations import Operation

# The generated functions percent-encode every path parameter ("/", "?", "#" and "%" included), so a value stays
# inside its segment; what remains are the segments URL normalisation removes or merges: "." and ".." (httpx
# resolves /apps/.. to /: delete_app("..") would be a DELETE of another route) and "" (/apps/ is the list route).
_MOVES_THE_URL = frozenset({"", ".", ".."})


@functools.cache
def _parameters(path: str) -> tuple[int, tuple[tuple[int, str], ...]]:
    """The number of segments of a path template, and (index, name) of each parameter segment."""
    segments = path.split("/")
    return len(segments), tuple((i, s[1:-1]) for i, s in enumerate(segments) if s.startswith("{"))


def check_path(operation: Operation, url: str) -> None:
    """Compare the formatted path with the operation's template, segment by segment."""
    count, parameters = _parameters(operation.path)
    if not parameters:
        return
    actual = url.split("/")
    if len(actual) != count:  # cannot happen with encoded values; refuse rather than guess
        raise ValueError(f"{operation.name}: the request path {url!r} does not match {operation.path!r}.")
    for index, name in parameters:
        segment = actual[index]
        if segment in _MOVES_THE_URL:
            shown = "an empty string" if segment == "" else repr(segment)
            raise ValueError(
                f"{operation.name}: {name} may not be {shown}: the request would go to another "
                f"endpoint than {operation.method} {operation.path}. Nothing was sent."
            )
