"""Record real traffic into a JSON file with every secret scrubbed, and replay it through the same transport.

Our own small implementation on httpx's transport interface rather than a library (vcrpy, respx): it needs
no dependency, it sits exactly where the SDK's own transport sits (so recording changes nothing about how a
request is sent, and replay exercises the whole client, retries and errors included), and the scrubbing
rules are the SDK's own (the key headers, the credentials of action connections).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

from ._recorded import SECRET_HEADERS

SCRUBBED = "<scrubbed>"
FORMAT_VERSION = 1
# JSON fields whose (scalar) value is a secret wherever they appear, by a word in their name.
SECRET_FIELD_WORDS = ("password", "secret", "token", "api_key", "app_key", "private_key")
# Headers not worth keeping: they describe the bytes of one exchange, not the API's answer.
_WIRE_HEADERS = frozenset({"content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"})
_DROPPED_RESPONSE_HEADERS = _WIRE_HEADERS | {"set-cookie"}


class CassetteMiss(AssertionError):
    """A replayed request that the cassette does not hold (it names the request and what is left)."""


class _Scrubber:
    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets = {s for s in secrets if s}

    def learn(self, request: httpx.Request) -> None:
        for name in SECRET_HEADERS:
            value = request.headers.get(name)
            if value:
                self.secrets.add(value)

    def text(self, value: str) -> str:
        for secret in sorted(self.secrets, key=len, reverse=True):
            value = value.replace(secret, SCRUBBED)
        return value

    def json(self, value: Any, *, credentials: bool = False) -> Any:
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for key, item in value.items():
                lowered = str(key).lower()
                secret_name = any(word in lowered for word in SECRET_FIELD_WORDS)
                if (secret_name or (credentials and lowered == "value")) and not isinstance(item, dict | list):
                    out[key] = SCRUBBED if item is not None else None
                else:
                    out[key] = self.json(item, credentials=credentials or lowered == "credentials")
            return out
        if isinstance(value, list):
            return [self.json(item, credentials=credentials) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def body(self, content: bytes) -> Any:
        """A body as stored: JSON (scrubbed), else text (scrubbed), else None for no body."""
        if not content:
            return None
        try:
            return {"json": self.json(json.loads(content))}
        except ValueError:
            return {"text": self.text(content.decode("utf-8", errors="replace"))}

    def request(self, request: httpx.Request) -> dict[str, Any]:
        return {
            "method": request.method,
            "path": self.text(request.url.path),
            "query": [[k, self.text(v)] for k, v in request.url.params.multi_items()],
            "headers": {
                k: self.text(v)
                for k, v in request.headers.items()
                if k.lower() not in SECRET_HEADERS and k.lower() not in _WIRE_HEADERS
            },
            "body": self.body(request.content),
        }


def _match_key(entry: dict[str, Any]) -> tuple[Any, ...]:
    return (entry["method"], entry["path"], json.dumps(entry["query"]), json.dumps(entry["body"], sort_keys=True))


class RecordingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends every request on (``transport``/``async_transport``, default httpx's own) and writes each
    exchange to ``path``, scrubbed: the ``DD-API-KEY``, ``DD-APPLICATION-KEY``, ``Authorization`` and
    cookie headers are dropped, their values and every string in ``secrets`` are replaced by
    ``<scrubbed>`` wherever they appear, and so are JSON fields named like a secret (password, secret,
    token, api_key, ...) and the ``value`` of anything under ``credentials``. The file is rewritten after
    every exchange, so a run that stops half-way keeps what it recorded.

    ``AsyncDatadogClient(httpx_args={"transport": RecordingTransport("cassette.json")})``
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        secrets: Iterable[str] = (),
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if isinstance(secrets, str):
            raise TypeError("RecordingTransport: secrets must be a collection of strings, not one string.")
        self.path = Path(path)
        self._scrub = _Scrubber(secrets)
        self._sync = transport
        self._async = async_transport
        self._lock = threading.Lock()
        self._interactions: list[dict[str, Any]] = []

    def _save(self, request: httpx.Request, status: int, headers: httpx.Headers, content: bytes) -> None:
        with self._lock:
            self._scrub.learn(request)
            self._interactions.append(
                {
                    "request": self._scrub.request(request),
                    "response": {
                        "status": status,
                        "headers": {
                            k: self._scrub.text(v)
                            for k, v in headers.items()
                            if k.lower() not in _DROPPED_RESPONSE_HEADERS
                        },
                        "body": self._scrub.body(content),
                    },
                }
            )
            document = {"version": FORMAT_VERSION, "interactions": self._interactions}
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            partial.replace(self.path)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            self._sync = httpx.HTTPTransport()
        request.read()
        response = self._sync.handle_request(request)
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        replica = httpx.Response(response.status_code, headers=response.headers, content=raw, request=request)
        self._save(request, response.status_code, response.headers, replica.read())
        return httpx.Response(
            response.status_code, headers=response.headers, stream=httpx.ByteStream(raw), request=request
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport()
        await request.aread()
        response = await self._async.handle_async_request(request)
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        replica = httpx.Response(response.status_code, headers=response.headers, content=raw, request=request)
        self._save(request, response.status_code, response.headers, replica.read())
        return httpx.Response(
            response.status_code, headers=response.headers, stream=httpx.ByteStream(raw), request=request
        )

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


class ReplayTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers from a file written by ``RecordingTransport``, without a network.

    A request is matched on method, path, query and JSON body (scrubbed the same way, so a request that
    carried a secret still matches); identical requests get their recorded answers in order. A request the
    file does not hold raises ``CassetteMiss`` naming it. ``unused()`` lists the answers not replayed.
    """

    def __init__(self, path: str | os.PathLike[str], *, secrets: Iterable[str] = ()) -> None:
        if isinstance(secrets, str):
            raise TypeError("ReplayTransport: secrets must be a collection of strings, not one string.")
        self.path = Path(path)
        document = json.loads(self.path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or document.get("version") != FORMAT_VERSION:
            raise ValueError(f"{self.path}: not a cassette of format version {FORMAT_VERSION}.")
        self._scrub = _Scrubber(secrets)
        self._lock = threading.Lock()
        self._pending: list[dict[str, Any]] = list(document["interactions"])

    def unused(self) -> list[str]:
        with self._lock:
            return [f"{i['request']['method']} {i['request']['path']}" for i in self._pending]

    def _answer(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self._scrub.learn(request)
            wanted = self._scrub.request(request)
            key = _match_key(wanted)
            for position, interaction in enumerate(self._pending):
                if _match_key(interaction["request"]) == key:
                    del self._pending[position]
                    break
            else:
                left = ", ".join(f"{i['request']['method']} {i['request']['path']}" for i in self._pending) or "none"
                raise CassetteMiss(
                    f"{self.path.name} holds no answer for {request.method} {wanted['path']} "
                    f"(query {wanted['query']}, body {wanted['body']}); answers left: {left}."
                )
        recorded = interaction["response"]
        body = recorded["body"]
        if body is None:
            content = b""
        elif "json" in body:
            content = json.dumps(body["json"]).encode()
        else:
            content = str(body["text"]).encode()
        return httpx.Response(recorded["status"], headers=recorded["headers"], content=content, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._answer(request)
