"""Lenient or strict reading of 2xx bodies that deviate from the spec (the models record; this module decides)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from ._checks import boolean
from ._errors import ResponseValidationError, with_redacted_request
from ._operations import Operation

if TYPE_CHECKING:
    from .types import DatadogModel

logger = logging.getLogger("datadog_async")

STRICT_ENV = "DD_STRICT_RESPONSES"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"", "0", "false", "no", "off"})


def resolve_strict(strict_responses: bool | None, env: Mapping[str, str] = os.environ) -> bool:
    """``strict_responses`` if given, else DD_STRICT_RESPONSES (true/false, 1/0, yes/no, on/off), else lenient."""
    if strict_responses is not None:
        return boolean("strict_responses", strict_responses)
    value = env.get(STRICT_ENV, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"{STRICT_ENV} must be true or false (or 1/0, yes/no, on/off), got {env[STRICT_ENV]!r}.")


def handle_deviations(operation: Operation, response: httpx.Response, parsed: DatadogModel, *, strict: bool) -> None:
    """Strict: raise ResponseValidationError naming the first deviation. Lenient: one DEBUG line per response
    (paths and JSON types only: the values may hold user data), and the caller gets the model. The deviations'
    full paths are built only here, when one of the two needs them (lenient without DEBUG builds none)."""
    if strict:
        deviations = parsed.deviations
        first = deviations[0]
        more = f" (1 of {len(deviations)} deviations)" if len(deviations) > 1 else ""
        raise ResponseValidationError(
            operation=operation.name,
            status_code=response.status_code,
            path=first.dotted_path,
            reason=first.detail() + more,
            response=with_redacted_request(response),
            deviations=deviations,
        )
    if logger.isEnabledFor(logging.DEBUG):
        deviations = parsed.deviations
        logger.debug(
            "%s: the %d response deviates from the spec in %d place(s), kept as received: %s",
            operation.name,
            response.status_code,
            len(deviations),
            "; ".join(str(deviation) for deviation in deviations),
        )
