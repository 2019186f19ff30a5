"""Lenient by default, strict on request: what a 2xx body that deviates from the spec does to a call."""

from __future__ import annotations

import copy
import json
import logging
from typing import Any

import httpx
import pytest
from datadog_async import Deviation, NotFoundError, ResponseValidationError
from datadog_async.api.incidents import get_incident
from datadog_async.models import IncidentResponse
from helpers import TEST_API_KEY, TEST_APP_KEY, Recorder, make_client

# As real Datadog sends it: nulls for unset optional fields (conforming), plus three real deviations.
BODY: dict[str, Any] = {
    "data": {
        "id": "inc-1",
        "type": "incidents",
        "attributes": {
            "title": "Checkout down",
            "case_id": "secret-case-4711",  # a string where an integer is due
            "notification_handles": None,  # null: allowed on read, not a deviation
            "severity": "SEV-0",  # an enum value this SDK does not know
            "customer_impact_scope": None,
        },
        "relationships": {"commander_user": {"data": None}},
        "brand_new_field": {"x": 1},  # a field the spec does not document
    }
}


def client_for(call: Any, body: Any, **kwargs: Any) -> Any:
    """A client of ``call``'s mode answering ``body`` with a 200."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    return call.client(Recorder(response), **kwargs)


def test_lenient_parses_keeps_everything_and_records_each_deviation(call: Any) -> None:
    result = call(get_incident, "inc-1", client=client_for(call, BODY, strict_responses=False))
    assert isinstance(result, IncidentResponse)
    attributes = result.data.attributes
    assert attributes is not None
    assert attributes.case_id is None  # typed int | None: the string is not passed off as an int
    assert attributes.notification_handles is None
    assert attributes.severity == "SEV-0"
    assert result.to_dict() == BODY  # absent stays absent, null stays null, odd values as they came
    assert [(d.dotted_path, d.kind) for d in result.deviations] == [
        ("data.attributes.case_id", "type"),
        ("data.attributes.severity", "enum"),
        ("data.brand_new_field", "extra"),
    ]
    first = result.deviations[0]
    assert first == Deviation(("data", "attributes", "case_id"), "type", "an integer", "string", "secret-case-4711")
    assert str(first) == "data.attributes.case_id: expected an integer, got string"


def test_lenient_logs_once_at_debug_without_the_values(call: Any, caplog: pytest.LogCaptureFixture) -> None:
    client = client_for(call, BODY, strict_responses=False)
    with caplog.at_level(logging.DEBUG, logger="datadog_async"):
        call(get_incident, "inc-1", client=client)
    lines = [r.getMessage() for r in caplog.records if "deviates from the spec" in r.getMessage()]
    assert len(lines) == 1
    assert lines[0].startswith("get_incident: the 200 response deviates from the spec in 3 place(s)")
    assert "data.attributes.case_id: expected an integer, got string" in lines[0]
    assert "secret-case-4711" not in caplog.text
    assert "SEV-0" not in caplog.text


def test_strict_raises_naming_the_first_deviation_and_the_count(call: Any) -> None:
    with pytest.raises(ResponseValidationError) as info:
        call(get_incident, "inc-1", client=client_for(call, BODY, strict_responses=True))
    error = info.value
    assert error.path == "data.attributes.case_id"
    assert error.reason == "expected an integer, got string 'secret-case-4711' (1 of 3 deviations)"
    assert [d.dotted_path for d in error.deviations] == [
        "data.attributes.case_id",
        "data.attributes.severity",
        "data.brand_new_field",
    ]
    assert error.response is not None
    assert error.response.status_code == 200
    assert error.response.json() == BODY


def test_nulls_in_optional_fields_conform_even_when_strict(call: Any) -> None:
    body = copy.deepcopy(BODY)
    body["data"]["attributes"].update(case_id=None, severity=None)
    del body["data"]["brand_new_field"]
    result = call(get_incident, "inc-1", client=client_for(call, body, strict_responses=True))
    assert result.deviations == ()
    assert result.to_dict() == body


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    ("body", "path", "reason"),
    [
        ({"data": {"id": "inc-1", "type": "incidents"}, "included": []}, "<root>", None),
        ({"data": {"type": "incidents", "attributes": {"title": "t"}}}, "data.id", "missing required field"),
        ({"data": {"id": "inc-1", "type": "incidents", "attributes": {}}}, "data.attributes.title", None),
        ({"data": "inc-1"}, "data", "expected an object, got string 'inc-1'"),
        (b"<html>502 Bad Gateway</html>", "<root>", "the body is not valid JSON (JSONDecodeError)"),
    ],
    ids=["valid-control", "required-missing", "nested-required-missing", "required-wrong-type", "not-json"],
)
def test_the_required_structure_fails_in_both_modes(
    call: Any, strict: bool, body: Any, path: str, reason: str | None
) -> None:
    client = client_for(call, body, strict_responses=strict)
    if path == "<root>" and reason is None:  # the control: the required structure is there
        assert call(get_incident, "inc-1", client=client).data.id == "inc-1"
        return
    with pytest.raises(ResponseValidationError) as info:
        call(get_incident, "inc-1", client=client)
    assert info.value.path == path
    assert reason is None or info.value.reason == reason
    assert info.value.response is not None
    assert info.value.response.content == (body if isinstance(body, bytes) else json.dumps(body).encode())


def test_errors_carry_the_response_but_never_the_keys(call: Any) -> None:
    body = {"errors": ["Incident not found"]}
    client = call.client(Recorder(httpx.Response(404, json=body, headers={"X-Request-Id": "r-1"})))
    with pytest.raises(NotFoundError) as info:
        call(get_incident, "nope", client=client)
    response = info.value.response
    assert response is not None
    assert (response.status_code, response.json(), response.headers["X-Request-Id"]) == (404, body, "r-1")
    assert response.request.url.path == "/api/v2/incidents/nope"
    sent = {name.lower() for name in response.request.headers}
    assert not sent & {"dd-api-key", "dd-application-key", "authorization"}
    assert TEST_API_KEY not in repr(vars(info.value))
    assert TEST_APP_KEY not in str(response.request.headers)


def test_a_strict_error_response_has_no_keys_either(call: Any) -> None:
    with pytest.raises(ResponseValidationError) as info:
        call(get_incident, "inc-1", client=client_for(call, BODY, strict_responses=True))
    assert info.value.response is not None
    headers = info.value.response.request.headers
    assert "DD-API-KEY" not in headers
    assert "DD-APPLICATION-KEY" not in headers


@pytest.mark.parametrize(("value", "strict"), [("true", True), ("1", True), ("false", False), ("", False)])
def test_the_environment_variable_sets_the_default(monkeypatch: pytest.MonkeyPatch, value: str, strict: bool) -> None:
    monkeypatch.setenv("DD_STRICT_RESPONSES", value)
    client = make_client(Recorder(httpx.Response(200)))
    assert client.strict_responses is strict
    assert make_client(Recorder(httpx.Response(200)), strict_responses=not strict).strict_responses is not strict


def test_lenient_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DD_STRICT_RESPONSES")
    client = make_client(Recorder(httpx.Response(200)))
    assert client.strict_responses is False
    assert client.with_options(strict_responses=True).strict_responses is True
    assert client.with_options(timeout=5).strict_responses is False


def test_a_bad_environment_value_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DD_STRICT_RESPONSES", "sometimes")
    with pytest.raises(ValueError, match=r"^DD_STRICT_RESPONSES must be true or false .*'sometimes'"):
        make_client(Recorder(httpx.Response(200)))


def test_strict_responses_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="strict_responses must be True or False, got str"):
        make_client(Recorder(httpx.Response(200)), strict_responses="yes")
