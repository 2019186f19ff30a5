"""SDK exceptions are ordinary Python values: every one pickles and copies with its fields (issue 12, item 16);
a deeply nested body gives the typed error, never RecursionError (item 17); a status past 599 is no ServerError
(item 18)."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from typing import Any

import datadog_async
import httpx
import pytest
from datadog_async import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    BadRequestError,
    ClientClosedError,
    DatadogClient,
    DatadogError,
    EventLoopError,
    InsecureRedirectError,
    PaginationError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnstableOperationError,
    paginate,
)
from datadog_async.api.action_connection import get_action_connection
from datadog_async.api.incidents import list_incidents
from helpers import Recorder, make_client

ERROR_BODY = {"errors": ["first", {"title": "Bad", "detail": "it broke", "source": {"pointer": "/data"}}]}
RATE_HEADERS = [
    ("X-RateLimit-Limit", "100"),
    ("X-RateLimit-Period", "10"),
    ("X-RateLimit-Remaining", "0"),
    ("X-RateLimit-Reset", "3600"),
    ("X-RateLimit-Reset", "3600"),
    ("X-RateLimit-Name", "incidents"),
]


def _raised(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> DatadogError:
    client = make_client(handler, max_retries=0, **kwargs)
    with pytest.raises(DatadogError) as info:
        get_action_connection.sync("c", client=client)
    return info.value


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def _slow(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def _closed() -> DatadogError:
    client = make_client(Recorder(httpx.Response(204)))
    client.close()
    with pytest.raises(ClientClosedError) as info:
        get_action_connection.sync("c", client=client)
    return info.value


def _to_plain_http(request: httpx.Request) -> httpx.Response:
    return httpx.Response(302, headers={"Location": "http://elsewhere.example/api"})


def _insecure_redirect() -> DatadogError:
    client = DatadogClient(
        api_key="k",
        app_key="a",
        httpx_args={"transport": httpx.MockTransport(_to_plain_http), "follow_redirects": True},
    )
    with pytest.raises(InsecureRedirectError) as info:
        get_action_connection.sync("c", client=client)
    return info.value


def _stuck_cursor() -> DatadogError:
    page = {"data": [{"id": "a", "type": "incidents"}], "meta": {"pagination": {"next_offset": 0, "size": 1}}}
    client = make_client(Recorder(httpx.Response(200, json=page)))
    with pytest.raises(PaginationError) as info:
        list(paginate(list_incidents, client=client, page_size=1))
    return info.value


def _unstable() -> DatadogError:
    with pytest.raises(UnstableOperationError) as info:
        list_incidents.sync(client=make_client(Recorder(httpx.Response(200)), unstable=False))
    return info.value


def _status(status: int) -> Callable[[], DatadogError]:
    return lambda: _raised(Recorder(httpx.Response(status, json=ERROR_BODY)))


# One instance of every exception class the package exports, each raised by a real call.
SAMPLES: dict[str, Callable[[], DatadogError]] = {
    **{
        name: _status(status)
        for name, status in [
            ("BadRequestError", 400),
            ("AuthenticationError", 401),
            ("ForbiddenError", 403),
            ("NotFoundError", 404),
            ("ConflictError", 409),
            ("ServerError", 503),
            ("ApiError", 418),
        ]
    },
    "RateLimitError": lambda: _raised(Recorder(httpx.Response(429, json=ERROR_BODY, headers=RATE_HEADERS))),
    "ResponseValidationError": lambda: _raised(Recorder(httpx.Response(200, json={"data": []}))),
    "ApiConnectionError": lambda: _raised(_refused),
    "ApiTimeoutError": lambda: _raised(_slow),
    "ClientClosedError": _closed,
    "UnstableOperationError": _unstable,
    "PaginationError": lambda: _stuck_cursor(),
    "InsecureRedirectError": _insecure_redirect,
    "EventLoopError": lambda: EventLoopError("get_action_connection: another event loop is using this client."),
    "DatadogError": lambda: DatadogError("plain"),
}


def test_every_exported_exception_has_a_sample() -> None:
    exported = {
        name
        for name in datadog_async.__all__
        if isinstance(getattr(datadog_async, name), type) and issubclass(getattr(datadog_async, name), DatadogError)
    }
    assert exported == set(SAMPLES)


def _same(original: BaseException, copied: BaseException) -> None:
    assert type(copied) is type(original)
    assert copied is not original
    assert copied.args == original.args
    assert str(copied) == str(original)
    fields, copied_fields = dict(vars(original)), dict(vars(copied))
    response, copied_response = fields.pop("response", None), copied_fields.pop("response", None)
    assert copied_fields == fields
    assert _response_view(copied_response) == _response_view(response)  # httpx.Response has no __eq__


def _response_view(response: httpx.Response | None) -> Any:
    if response is None:
        return None
    request = response.request
    return (response.status_code, response.headers.multi_items(), response.content, request.method, str(request.url))


ROUND_TRIPS: dict[str, Callable[[Any], Any]] = {
    "pickle": lambda error: pickle.loads(pickle.dumps(error)),
    "pickle-protocol-0": lambda error: pickle.loads(pickle.dumps(error, protocol=0)),
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
}


@pytest.mark.parametrize("how", list(ROUND_TRIPS))
@pytest.mark.parametrize("name", list(SAMPLES))
def test_every_exception_pickles_and_copies_with_its_fields(name: str, how: str) -> None:
    error = SAMPLES[name]()
    assert type(error).__name__ == name
    _same(error, ROUND_TRIPS[how](error))


@pytest.mark.parametrize("name", list(SAMPLES))
def test_attributes_added_later_survive_a_round_trip_too(name: str) -> None:
    # Other layers (and users, with add_note) attach more to an exception: the round trip is generic.
    error = SAMPLES[name]()
    error.response_snapshot = {"status": 500, "items": [1, 2]}  # type: ignore[attr-defined]
    error.add_note("while syncing incidents")
    copied = pickle.loads(pickle.dumps(error))
    _same(error, copied)
    assert copied.__notes__ == ["while syncing incidents"]


def test_the_rate_limit_fields_survive_pickling() -> None:
    error = SAMPLES["RateLimitError"]()
    assert isinstance(error, RateLimitError)
    copied = pickle.loads(pickle.dumps(error))
    assert (copied.limit, copied.period, copied.remaining, copied.reset, copied.name) == (
        100,
        10,
        0,
        3600.0,
        "incidents",
    )
    assert (copied.status_code, copied.errors, copied.operation) == (429, ERROR_BODY["errors"], "get_action_connection")


# -- item 17: depth --------------------------------------------------------------------------------------------


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


DEPTH = 200_000  # far past the recursion limit of json.loads


@pytest.mark.parametrize(
    "body",
    [
        _nested(DEPTH),
        '{"data": ' + _nested(DEPTH) + "}",
        '{"data": {"attributes": ' + '{"a": ' * DEPTH + "1" + "}" * DEPTH + "}}",
    ],
    ids=["array", "under-data", "objects"],
)
def test_a_deeply_nested_2xx_body_is_a_response_validation_error(call: Any, body: str) -> None:
    client = call.client(
        Recorder(httpx.Response(200, content=body.encode(), headers={"Content-Type": "application/json"}))
    )
    with pytest.raises(ResponseValidationError, match="nested too deeply") as info:
        call(get_action_connection, "c", client=client)
    assert info.value.status_code == 200


@pytest.mark.parametrize(
    "body",
    [_nested(DEPTH), '{"errors": ' + _nested(DEPTH) + "}", '{"errors": [{"meta": ' + _nested(DEPTH) + "}]}"],
    ids=["array", "errors-list", "inside-an-error"],
)
def test_a_deeply_nested_error_body_is_the_typed_error(call: Any, body: str) -> None:
    client = call.client(Recorder(httpx.Response(400, content=body.encode())), max_retries=0)
    with pytest.raises(BadRequestError) as info:
        call(get_action_connection, "c", client=client)
    assert info.value.errors == []
    assert info.value.body == body


def test_an_error_item_too_deep_to_show_is_described_not_dumped() -> None:
    # json.loads accepts this depth, json.dumps of the item may not: the summary must not raise.
    depth = 900
    body = '{"errors": [' + '{"a": ' * depth + "1" + "}" * depth + "]}"
    client = make_client(Recorder(httpx.Response(400, content=body.encode())), max_retries=0)
    with pytest.raises(BadRequestError) as info:
        get_action_connection.sync("c", client=client)
    assert len(info.value.errors) == 1


# -- item 18: statuses outside 100-599 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"), [(500, ServerError), (599, ServerError), (600, ApiError), (999, ApiError)]
)
def test_only_5xx_is_a_server_error(call: Any, status: int, expected: type[ApiError]) -> None:
    recorder = Recorder(httpx.Response(status, json=ERROR_BODY))
    client = call.client(recorder)
    client._random = lambda: 0.0
    with pytest.raises(ApiError) as info:
        call(get_action_connection, "c", client=client)
    assert type(info.value) is expected
    assert info.value.status_code == status
    assert len(recorder.requests) == (3 if status == 500 else 1)  # 599 and 600+ are not retried


def test_the_connection_and_timeout_errors_keep_their_fields() -> None:
    for name in ("ApiConnectionError", "ApiTimeoutError"):
        error = SAMPLES[name]()
        assert isinstance(error, ApiConnectionError)
        copied = pickle.loads(pickle.dumps(error))
        assert (copied.operation, copied.method, copied.url) == (error.operation, error.method, error.url)
    assert isinstance(SAMPLES["ApiTimeoutError"](), ApiTimeoutError)
