"""FakeDatadog: the in-memory Datadog API, as an ASGI app and as an in-process httpx transport."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .._client import AsyncDatadogClient, DatadogClient
from .._operations import UNSTABLE_OPERATIONS
from ._asgi import Receive, Scope, Send, serve_asgi
from ._call import Call
from ._errors import FakeError, error_body
from ._faults import FaultInjector, Faults
from ._handlers import handler_for
from ._http import FakeRequest, FakeResponse
from ._shape import ResponseShaper
from ._spec import OperationSpec, RouteMiss, SpecIndex, load_packaged_spec
from ._state import State
from ._transport import FakeTransport
from ._validate import InvalidRequest, Problem, validate_request

FAKE_BASE_URL = "https://api.datadoghq.fake"
FAKE_API_KEY = "fake-api-key"
FAKE_APP_KEY = "fake-app-key"


class ResponseConformanceError(AssertionError):
    """The fake produced a response the spec does not allow (only with ``validate_responses=True``)."""


@dataclass(frozen=True, slots=True)
class RecordedCall:
    """One request the fake answered (``operation`` is None for an unknown route)."""

    operation: str | None
    method: str
    path: str
    status: int


class FakeDatadog:
    """An in-memory Datadog API for every operation of the spec the package ships.

    Use it in-process (``fake.client()`` returns an ``AsyncDatadogClient`` wired to it, ``fake.sync_client()``
    a ``DatadogClient``) or as a server (``python -m datadog_async.testing --port 8126``; the
    instance is an ASGI application). Every instance has its own state.

    ``api_key``/``app_key``: when set, requests must carry exactly these keys; otherwise any non-empty
    ``DD-API-KEY`` and ``DD-APPLICATION-KEY`` are accepted. ``seed`` makes ids and injected faults
    reproducible, ``clock`` sets the time stamped on resources, ``validate_responses`` checks every answer
    against the spec under the nullable-on-read rule (raising ``ResponseConformanceError``), for the fake's own
    tests. Like Datadog, the fake sends every documented attribute of a resource, ``null`` where it is unset.
    """

    def __init__(
        self,
        *,
        spec: dict[str, Any] | None = None,
        faults: Faults | None = None,
        seed: int | None = None,
        clock: Callable[[], datetime] | None = None,
        api_key: str | None = None,
        app_key: str | None = None,
        validate_responses: bool = False,
    ) -> None:
        self.index = SpecIndex(spec if spec is not None else load_packaged_spec())
        self._shaper = ResponseShaper(self.index.spec)
        self._seed = seed
        self._clock = clock
        self._faults = FaultInjector(faults or Faults(), random.Random(seed))
        self.api_key = api_key
        self.app_key = app_key
        self.validate_responses = validate_responses
        self.calls: list[RecordedCall] = []
        self._lock = threading.Lock()
        self.state = self._new_state()

    def _new_state(self) -> State:
        rng = random.Random(self._seed)
        return State(rng=rng) if self._clock is None else State(rng=rng, clock=self._clock)

    # -- configuration ---------------------------------------------------------------------------------

    @property
    def faults(self) -> Faults:
        return self._faults.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        with self._lock:
            self._faults.configure(faults)

    def reset(self) -> None:
        """Forget every resource and recorded call (faults stay as configured)."""
        with self._lock:
            self.state = self._new_state()
            self.calls.clear()

    def calls_to(self, operation: str) -> list[RecordedCall]:
        return [call for call in self.calls if call.operation == operation]

    # -- the two ways in -------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await serve_asgi(self, scope, receive, send)

    def transport(self) -> FakeTransport:
        """An httpx transport (sync and async) that answers from this fake without a socket."""
        return FakeTransport(self)

    def client(self, **kwargs: Any) -> AsyncDatadogClient:
        """An ``AsyncDatadogClient`` wired to this fake: keys and base URL set, every unstable operation enabled
        (unless ``unstable_operations`` is passed). Other keyword arguments go to ``AsyncDatadogClient``."""
        return AsyncDatadogClient(**self._client_args(kwargs))

    def sync_client(self, **kwargs: Any) -> DatadogClient:
        """The same as :meth:`client`, for the sync ``DatadogClient``."""
        return DatadogClient(**self._client_args(kwargs))

    def _client_args(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs = dict(kwargs)
        httpx_args = dict(kwargs.pop("httpx_args", None) or {})
        if "transport" in httpx_args:
            raise ValueError("FakeDatadog.client() sets the transport itself.")
        httpx_args["transport"] = self.transport()
        kwargs.setdefault("api_key", self.api_key or FAKE_API_KEY)
        kwargs.setdefault("app_key", self.app_key or FAKE_APP_KEY)
        kwargs.setdefault("base_url", FAKE_BASE_URL)
        kwargs.setdefault("unstable_operations", UNSTABLE_OPERATIONS)
        kwargs.setdefault("max_retries", 0)
        return {"httpx_args": httpx_args, **kwargs}

    # -- the core: one request in, one response out ----------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        try:
            op, path_params = self.index.match(request.method, request.path)
        except RouteMiss as miss:
            detail = f"No route for {request.method} {request.path}."
            response = FakeResponse(miss.status, error_body(self.index, None, miss.status, [Problem(detail)]))
            if miss.allowed:
                response.headers["allow"] = ", ".join(miss.allowed)
            self.calls.append(RecordedCall(None, request.method, request.path, miss.status))
            return response
        with self._lock:
            response = self._handle(op, path_params, request)
            response.delay = self._faults.latency(op.operation_id)
            self.calls.append(RecordedCall(op.operation_id, request.method, request.path, response.status))
        if self.validate_responses:
            self._check_conformance(op, response)
        return response

    def _handle(self, op: OperationSpec, path_params: dict[str, str], request: FakeRequest) -> FakeResponse:
        injected = self._faults.decide(op.operation_id)
        if injected is not None:
            if not injected.drop:
                detail = "Too many requests" if injected.status == 429 else "Injected server error"
                injected.body = error_body(self.index, op, injected.status, [Problem(detail)])
            return injected
        problem = self._auth_problem(request)
        if problem is not None:
            return FakeResponse(403, error_body(self.index, op, 403, [problem]))
        try:
            valid = validate_request(self.index, op, path_params, request.query, request.body)
        except InvalidRequest as invalid:
            return FakeResponse(400, error_body(self.index, op, 400, invalid.problems))

        call = Call(op=op, path=valid.path, query=valid.query, body=valid.body)
        try:
            reply = handler_for(op.operation_id)(self.state, call)
        except FakeError as error:
            return FakeResponse(error.status, error_body(self.index, op, error.status, error.problems))
        status = reply.status or op.success_status
        schema = op.schema_pointer(status)
        # Every documented attribute of a resource is sent, null where unset, as real Datadog does (_shape.py).
        body = self._shaper.shape(schema, reply.body) if schema is not None else None
        return FakeResponse(status, body, dict(reply.headers))

    def _auth_problem(self, request: FakeRequest) -> Problem | None:
        for header, expected in (("DD-API-KEY", self.api_key), ("DD-APPLICATION-KEY", self.app_key)):
            value = request.header(header)
            if not value:
                return Problem(f"Missing the {header} header.", header=header)
            if expected is not None and value != expected:
                return Problem(f"Invalid {header}.", header=header)
        return None

    def _check_conformance(self, op: OperationSpec, response: FakeResponse) -> None:
        if response.drop or response.status in (429, 500, 502, 503, 504):
            return
        if not op.documents(response.status):
            raise ResponseConformanceError(f"{op.operation_id}: status {response.status} is not documented.")
        schema = op.schema_pointer(response.status)
        if schema is None:
            if response.body is not None:
                raise ResponseConformanceError(f"{op.operation_id}: {response.status} has a body but documents none.")
            return
        # Nullable on read: an optional property may be null in a response, as in Datadog's.
        errors = sorted(self._shaper.read_validator(schema).iter_errors(response.body), key=lambda e: list(e.path))
        if errors:
            where = "/".join(str(p) for p in errors[0].absolute_path)
            raise ResponseConformanceError(
                f"{op.operation_id}: {response.status} body does not match the spec at /{where}: {errors[0].message}"
            )
