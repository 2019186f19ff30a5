"""Schemathesis: generated requests for every operation of the spec against the fake (in-process, ASGI).

Every response must conform to the spec (status, headers, body schema nullable on read: the fake sends null for
every unset attribute, as Datadog does) and no request may crash the fake.
Examples are bounded so the whole run stays well under two minutes on two cores.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from datadog_async.testing import FakeDatadog
from datadog_async.testing._shape import ResponseShaper
from helpers import load_spec
from hypothesis import HealthCheck, settings
from schemathesis.checks import negative_data_rejection, response_schema_conformance, status_code_conformance
from testing.fake_world import KEYS

MAX_EXAMPLES = 20

# Statuses the fake must return that the spec does not (yet) document for the operation: an unknown id is
# a 404, a request without keys a 403 and a malformed body a 400 whatever the seed page lists. Each entry
# is a spec gap; once the spec documents the status the entry is redundant (see test_spec_gaps_are_real).
SPEC_GAPS: dict[str, set[int]] = {
    "update_app": {404},
    "list_connections": {400, 403},
    "update_connection": {400, 403},
}

schema = schemathesis.openapi.from_dict(load_spec())
# One fake for the run: state accumulates across examples, as it would on a real server.
FAKE = FakeDatadog(seed=1)
schema.app = FAKE
# Response bodies are checked under the nullable-on-read rule (schemathesis's own check reads the spec strictly).
READ = ResponseShaper(FAKE.index.spec)


# The `headers` parametrization also gives every operation its own test id: with pytest 9, schemathesis 4.32
# items without a callspec all share the bare function's node id (`test_fake_conforms_to_spec`), so the progress
# never reached 100% and --lf could not tell the operations apart. With it: `...[GET /api/v2/incidents][keys]`.
@pytest.mark.parametrize("headers", [KEYS], ids=["keys"])
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_fake_conforms_to_spec(case: Any, headers: dict[str, str]) -> None:
    response = case.call(headers=headers)
    # negative_data_rejection is off: on the wire a query string has no type, so schemathesis's "boolean for a
    # string array" (`sort=true`) is a valid string and rightly accepted. Negative requests are still sent and
    # still must not crash the fake; its 400s and 403s are tested directly in test_fake_behaviour.py.
    excluded = [status_code_conformance, negative_data_rejection, response_schema_conformance]
    case.validate_response(response, excluded_checks=excluded)
    _check_body_nullable_on_read(case, response)
    if response.request.method != case.operation.method.upper():
        return  # an unsupported-method probe: validate_response has checked the 405 and its Allow header
    documented = {int(code) for code in case.operation.definition.raw["responses"] if code.isdigit()}
    allowed = documented | SPEC_GAPS.get(case.operation.definition.raw["operationId"], set())
    assert response.status_code in allowed, f"{response.status_code} is not documented: {response.text}"


def _check_body_nullable_on_read(case: Any, response: Any) -> None:
    op = FAKE.index.operations[case.operation.definition.raw["operationId"]]
    pointer = op.schema_pointer(response.status_code)
    if pointer is None or not response.content:
        return
    errors = [
        f"/{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in READ.read_validator(pointer).iter_errors(response.json())
    ]
    assert not errors, f"{op.operation_id} {response.status_code} body violates the spec (nullable on read): {errors}"
