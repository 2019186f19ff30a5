"""What parsed models store lazily (for speed and memory), read back exactly as if it were stored eagerly.

- ``deviations``: a model keeps its own records and a reference to each deviating child's; the full paths are
  built when ``deviations`` is read. Read from any level, they are the ones that level's document has, in
  document order, each with its full path from that level.
- ``additional_properties``: a model without unknown fields holds no dict until it is read; it then reads,
  compares, copies, pickles and mutates as the dict it always was.
"""

from __future__ import annotations

import copy
import logging
import pickle
import weakref
from typing import Any

import httpx
import pytest
from datadog_async import DatadogClient, Deviation, ResponseValidationError
from datadog_async.api.incidents import get_incident
from datadog_async.models import (
    IncidentRelationshipToUserData,
    IncidentResponse,
    IncidentResponseData,
)


def _incident(**extra: Any) -> dict[str, Any]:
    return {
        "data": {
            "id": "00000000-0000-0000-0000-000000000001",
            "type": "incidents",
            "attributes": {
                "title": "t",
                "notification_handles": [
                    {"display_name": "a", "handle": "@a"},
                    {"display_name": "b", "handle": "@b", "newer": 1},
                ],
                "severity_rank": 3,
            },
            "relationships": {
                "commander_user": {"data": {"id": "u1", "type": "users", "badge": "x"}},
                "responders": {
                    "data": [
                        {"id": "r1", "type": "incident_responders"},
                        {"id": "r2", "type": "incident_responders", "role": "lead"},
                    ]
                },
            },
            "flag": True,
        },
        **extra,
    }


EXPECTED = [
    (("data", "attributes", "notification_handles", 1, "newer"), "extra"),
    (("data", "attributes", "severity_rank"), "extra"),
    (("data", "relationships", "commander_user", "data", "badge"), "extra"),
    (("data", "relationships", "responders", "data", 1, "role"), "extra"),
    (("data", "flag"), "extra"),
    (("trace",), "extra"),
]


def _paths(deviations: tuple[Deviation, ...]) -> list[tuple[tuple[str | int, ...], str]]:
    return [(d.path, d.kind) for d in deviations]


def test_deviations_have_full_paths_in_document_order() -> None:
    parsed = IncidentResponse.from_dict(_incident(trace="abc"))
    assert _paths(parsed.deviations) == EXPECTED
    assert parsed.deviations == parsed.deviations  # built again on every read, equal each time
    assert [d.value for d in parsed.deviations] == [1, 3, "x", "lead", True, "abc"]


def test_deviations_read_from_an_inner_model_are_relative_to_it() -> None:
    parsed = IncidentResponse.from_dict(_incident())
    assert parsed.data.relationships is not None
    assert _paths(parsed.data.relationships.deviations) == [
        (("commander_user", "data", "badge"), "extra"),
        (("responders", "data", 1, "role"), "extra"),
    ]
    handles = parsed.data.attributes.notification_handles if parsed.data.attributes else None
    assert handles is not None
    assert handles[0].deviations == ()
    assert _paths(handles[1].deviations) == [(("newer",), "extra")]


def test_a_conforming_document_and_a_model_built_in_code_have_none() -> None:
    body = _incident()
    del body["data"]["flag"]
    body["data"]["attributes"] = {"title": "t"}
    body["data"]["relationships"] = {}
    assert IncidentResponse.from_dict(body).deviations == ()
    assert IncidentResponseData(id="i").deviations == ()


def _client(body: dict[str, Any], *, strict: bool) -> DatadogClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    return DatadogClient(
        api_key="k" * 32,
        app_key="a" * 40,
        strict_responses=strict,
        unstable_operations={"get_incident"},
        httpx_args={"transport": transport},
    )


def test_strict_mode_names_the_first_deviation_with_its_full_path() -> None:
    with _client(_incident(), strict=True) as client, pytest.raises(ResponseValidationError) as caught:
        get_incident.sync("00000000-0000-0000-0000-000000000001", client=client)
    assert caught.value.path == "data.attributes.notification_handles.1.newer"
    assert _paths(caught.value.deviations) == EXPECTED[:-1]


def test_lenient_mode_logs_the_full_paths_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    with _client(_incident(), strict=False) as client, caplog.at_level(logging.DEBUG, logger="datadog_async"):
        parsed = get_incident.sync("00000000-0000-0000-0000-000000000001", client=client)
    assert _paths(parsed.deviations) == EXPECTED[:-1]
    lines = [r.getMessage() for r in caplog.records if "deviates from the spec" in r.getMessage()]
    assert len(lines) == 1
    assert "data.relationships.responders.data.1.role" in lines[0]
    assert "lead" not in lines[0]  # paths and JSON types only


# ----------------------------------------------------------------------------------- additional_properties


def test_a_model_without_unknown_fields_reads_an_empty_dict_that_it_keeps() -> None:
    parsed = IncidentRelationshipToUserData.from_dict({"id": "u1", "type": "users"})
    assert parsed.additional_properties == {}
    assert parsed.additional_properties is parsed.additional_properties
    parsed.additional_properties["later"] = 1
    assert parsed.to_dict() == {"later": 1, "id": "u1", "type": "users"}
    assert parsed["later"] == 1
    assert "later" in parsed
    del parsed["later"]
    assert parsed.to_dict() == {"id": "u1", "type": "users"}


def test_item_assignment_and_replacing_the_dict() -> None:
    built = IncidentRelationshipToUserData(id="u1")
    built["a"] = [1]
    assert built.to_dict() == {"a": [1], "id": "u1", "type": "users"}
    built.additional_properties = {"b": 2}
    assert built.additional_keys == ["b"]
    assert built.to_dict() == {"b": 2, "id": "u1", "type": "users"}


def test_equality_does_not_depend_on_whether_the_dict_was_read() -> None:
    parsed = IncidentRelationshipToUserData.from_dict({"id": "u1", "type": "users"})
    built = IncidentRelationshipToUserData(id="u1")
    assert parsed == built
    assert built.additional_properties == {}  # now created on one side only
    assert parsed == built
    assert parsed != IncidentRelationshipToUserData.from_dict({"id": "u1", "type": "users", "x": 1})


def test_repr_copy_and_pickle_keep_the_unknown_fields() -> None:
    plain = IncidentRelationshipToUserData.from_dict({"id": "u1", "type": "users"})
    extra = IncidentRelationshipToUserData.from_dict({"id": "u1", "type": "users", "x": {"y": 1}})
    assert repr(plain) == "IncidentRelationshipToUserData(id='u1', type_='users', additional_properties={})"
    assert "additional_properties={'x': {'y': 1}}" in repr(extra)
    for model in (plain, extra):
        for clone in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
            assert clone == model
            assert clone.to_dict() == model.to_dict()
    deep = copy.deepcopy(extra)
    deep.additional_properties["x"]["y"] = 2
    assert extra.to_dict()["x"] == {"y": 1}


def test_models_can_be_weakly_referenced() -> None:
    parsed = IncidentRelationshipToUserData.from_dict({"id": "u1", "type": "users"})
    assert weakref.ref(parsed)() is parsed
