"""FakeDatadog: the in-memory Datadog API, as an ASGI app and as an in-process httpx transport."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable, Mapping
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
from ._recorded import RecordedCall, record
from ._script import Fault, Script
from ._shape import ResponseShaper
from ._spec import OperationSpec, RouteMiss, SpecIndex, load_packaged_spec
from ._state import State, utcnow
from ._store import Store
from ._transport import FakeTransport
from ._validate import InvalidRequest, Problem, validate_request

FAKE_BASE_URL = "https://api.datadoghq.fake"
FAKE_API_KEY = "fake-api-key"
FAKE_APP_KEY = "fake-app-key"


class ResponseConformanceError(AssertionError):
    """The fake produced a response the spec does not allow (only with ``validate_responses=True``)."""


class FakeDatadog:
    """An in-memory Datadog API for every operation of the spec the package ships.

    Use it in-process (``fake.client()`` returns an ``AsyncDatadogClient`` wired to it, ``fake.sync_client()``
    a ``DatadogClient``) or as a server (``python -m datadog_async.testing --port 8126``; the
    instance is an ASGI application). Every instance has its own state.

    ``api_key``/``app_key``: when set, requests must carry exactly these keys; otherwise any non-empty
    ``DD-API-KEY`` and ``DD-APPLICATION-KEY`` are accepted. ``seed`` makes ids and injected faults
    reproducible, ``clock`` (a ``FakeClock``, or any callable returning an aware datetime) sets the time
    stamped on resources, ``validate_responses`` checks every answer against the spec under the nullable-on-read
    rule (raising ``ResponseConformanceError``), for the fake's own tests. Like Datadog, the fake sends every
    documented attribute of a resource, ``null`` where it is unset.
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
        self._clock = clock if clock is not None else utcnow
        self._faults = FaultInjector(faults or Faults(), random.Random(seed))
        self._script = Script()
        self.api_key = api_key
        self.app_key = app_key
        self.validate_responses = validate_responses
        self.calls: list[RecordedCall] = []
        self._lock = threading.Lock()
        self.state = self._new_state()
        self.store = Store(self)
        """Seed resources and read them back directly: ``fake.store.add_incident({...}, id=..., at=...)``."""

    def _new_state(self) -> State:
        return State(rng=random.Random(self._seed), clock=self._clock)

    # -- configuration ---------------------------------------------------------------------------------

    @property
    def clock(self) -> Callable[[], datetime]:
        """The clock the fake stamps resources with (``FakeClock`` to move it from a test)."""
        return self._clock

    @property
    def faults(self) -> Faults:
        return self._faults.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        with self._lock:
            self._faults.configure(faults)

    def script(self, operation: str, *answers: Fault) -> None:
        """Answer the next calls to ``operation`` as scripted, one ``Fault`` per call, then normally again::

            fake.script("list_incidents", Fault.serve(), Fault.status(503), Fault.rate_limit(reset=1))

        Scripted answers come before the random ``faults``; a second ``script`` call queues after the first.
        """
        self._operation(operation)
        with self._lock:
            self._script.add(operation, answers)

    def pending_script(self) -> dict[str, int]:
        """Scripted answers not used yet, by operation (empty once every one was served)."""
        with self._lock:
            return self._script.pending()

    def reset(self) -> None:
        """Forget every resource, recorded call and pending scripted answer (``faults`` stay as configured)."""
        with self._lock:
            self.state = self._new_state()
            self.calls.clear()
            self._script.clear()

    # -- what was called ---------------------------------------------------------------------------------

    def calls_to(self, operation: str) -> list[RecordedCall]:
        """Every recorded call to ``operation``, oldest first (an unknown operation name is an error)."""
        self._operation(operation)
        with self._lock:
            return [call for call in self.calls if call.operation == operation]

    def last_call(self, operation: str | None = None) -> RecordedCall:
        """The latest call (to ``operation``, when given); AssertionError, listing what was called, if none."""
        calls = self.calls_to(operation) if operation is not None else list(self.calls)
        if not calls:
            called = sorted({call.operation or f"{call.method} {call.path}" for call in self.calls})
            wanted = f"to {operation} " if operation is not None else ""
            raise AssertionError(f"No call {wanted}was made; calls so far: {', '.join(called) or 'none'}.")
        return calls[-1]

    def _operation(self, name: str) -> OperationSpec:
        op = self.index.operations.get(name)
        if op is None:
            raise ValueError(f"Unknown operation {name!r}; operations are: {', '.join(sorted(self.index.operations))}.")
        return op

    # -- the two ways in -------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await serve_asgi(self, scope, receive, send)

    def transport(self) -> FakeTransport:
        """An httpx transport (sync and async) that answers from this fake without a socket."""
        return FakeTransport(self)

    def client(
        self,
        *,
        unstable_operations: Iterable[str] = UNSTABLE_OPERATIONS,
        api_key: str | None = None,
        app_key: str | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        **overrides: Any,
    ) -> AsyncDatadogClient:
        """An ``AsyncDatadogClient``, answered in-process by this fake (no socket).

        It is configured as in production (retries, timeouts, rate-limit waits: the client's defaults), except
        for what this signature shows: every unstable operation is enabled (pass ``unstable_operations=()`` to
        test the gating), the keys default to this fake's (or ``FAKE_API_KEY``/``FAKE_APP_KEY``), the base URL
        is ``FAKE_BASE_URL`` and the transport is the fake's. Any other client argument can be given
        (``max_retries=0``, ``timeout=5``, ...).
        """
        return AsyncDatadogClient(**self._client_args(unstable_operations, api_key, app_key, httpx_args, overrides))

    def sync_client(
        self,
        *,
        unstable_operations: Iterable[str] = UNSTABLE_OPERATIONS,
        api_key: str | None = None,
        app_key: str | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        **overrides: Any,
    ) -> DatadogClient:
        """A sync ``DatadogClient``, wired like :meth:`client` (same arguments, same production defaults)."""
        return DatadogClient(**self._client_args(unstable_operations, api_key, app_key, httpx_args, overrides))

    def _client_args(
        self,
        unstable_operations: Iterable[str],
        api_key: str | None,
        app_key: str | None,
        httpx_args: Mapping[str, Any] | None,
        overrides: dict[str, Any],
    ) -> dict[str, Any]:
        args = dict(httpx_args or {})
        if "transport" in args:
            raise ValueError("FakeDatadog.client(): httpx_args may not set transport; the fake sets its own.")
        args["transport"] = self.transport()
        return {
            "base_url": FAKE_BASE_URL,
            **overrides,
            "api_key": api_key if api_key is not None else self.api_key or FAKE_API_KEY,
            "app_key": app_key if app_key is not None else self.app_key or FAKE_APP_KEY,
            "unstable_operations": unstable_operations,
            "httpx_args": args,
        }

    # -- the core: one request in, one response out ----------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        try:
            op, path_params = self.index.match(request.method, request.path)
        except RouteMiss as miss:
            detail = f"No route for {request.method} {request.path}."
            response = FakeResponse(miss.status, error_body(self.index, None, miss.status, [Problem(detail)]))
            if miss.allowed:
                response.headers["allow"] = ", ".join(miss.allowed)
            with self._lock:
                self.calls.append(record(None, {}, request, response))
            return response
        with self._lock:
            scripted = self._script.next(op.operation_id)
            response = self._handle(op, path_params, request, scripted)
            response.delay = self._faults.latency(op.operation_id) + (scripted.delay if scripted else 0.0)
            self.calls.append(record(op.operation_id, path_params, request, response))
        if self.validate_responses and (scripted is None or scripted.kind == "serve"):
            self._check_conformance(op, response)
        return response

    def _handle(
        self, op: OperationSpec, path_params: dict[str, str], request: FakeRequest, scripted: Fault | None
    ) -> FakeResponse:
        if scripted is not None:
            injected = scripted.response(op.operation_id)
            detail = scripted.detail
        else:
            injected = self._faults.decide(op.operation_id)
            detail = ""
        if injected is not None:
            if not injected.drop:
                default = "Too many requests" if injected.status == 429 else "Injected error"
                default = "Injected server error" if injected.status >= 500 else default
                injected.body = error_body(self.index, op, injected.status, [Problem(detail or default)])
            return injected
        problem = self._auth_problem(request)
        if problem is not None:
            return FakeResponse(403, error_body(self.index, op, 403, [problem]))
        try:
            valid = validate_request(
                self.index, op, path_params, request.query, request.body, request.header("content-type")
            )
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
