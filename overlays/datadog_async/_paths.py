"""Path parameters that would send a request to another route are refused before sending."""

from __future__ import annotations

from ._operations import Operation

# The generated functions percent-encode every path parameter ("/", "?", "#" and "%" included), so a value stays
# inside its segment; what remains are the segments URL normalisation removes or merges: "." and ".." (httpx
# resolves /apps/.. to /: delete_app("..") would be a DELETE of another route) and "" (/apps/ is the list route).
_MOVES_THE_URL = ("", ".", "..")


def check_path(operation: Operation, url: str) -> None:
    """Compare the formatted path with the operation's template, segment by segment."""
    template = operation.path.split("/")
    actual = url.split("/")
    if len(actual) != len(template):  # cannot happen with encoded values; refuse rather than guess
        raise ValueError(f"{operation.name}: the request path {url!r} does not match {operation.path!r}.")
    for pattern, segment in zip(template, actual, strict=True):
        if pattern.startswith("{") and segment in _MOVES_THE_URL:
            shown = "an empty string" if segment == "" else repr(segment)
            raise ValueError(
                f"{operation.name}: {pattern[1:-1]} may not be {shown}: the request would go to another "
                f"endpoint than {operation.method} {operation.path}. Nothing was sent."
            )
