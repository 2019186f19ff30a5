"""Unstable operations are refused before any byte is sent, unless enabled on the client."""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import httpx
import pytest
from datadog_async import UNSTABLE_OPERATIONS, UnstableOperationError
from datadog_async.api.product_analytics import list_connections
from helpers import Recorder, make_client

LIST_BODY = {"data": {"id": "x", "type": "list_connections_response", "attributes": {"connections": []}}}


@pytest.mark.parametrize("variant", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
def test_every_entry_point_is_gated(variant: str) -> None:
    recorder = Recorder(httpx.Response(200, json=LIST_BODY))
    client = make_client(recorder, mode="async" if variant.startswith("asyncio") else "sync", unstable=False)
    function = getattr(list_connections, variant)

    def invoke() -> Any:
        result = function("users", client=client)
        return asyncio.run(result) if asyncio.iscoroutine(result) else result

    with pytest.raises(UnstableOperationError) as info:
        invoke()
    assert recorder.requests == []
    message = str(info.value)
    assert "list_connections" in message
    assert "unstable_operations={'list_connections'}" in message
    assert "DD_UNSTABLE_OPERATIONS=list_connections" in message


def test_enabled_operations_run_without_warnings() -> None:
    recorder = Recorder(httpx.Response(200, json=LIST_BODY))
    client = make_client(recorder)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for _ in range(3):
            list_connections.sync("users", client=client)
    assert len(recorder.requests) == 3


def test_enabling_one_operation_does_not_enable_the_others() -> None:
    from datadog_async import DatadogClient
    from datadog_async.api.product_analytics import update_connection
    from datadog_async.models import ProductAnalyticsUpdateConnectionRequest

    recorder = Recorder(httpx.Response(200, json=LIST_BODY))
    client = DatadogClient(
        api_key="k",
        app_key="a",
        unstable_operations={"list_connections"},
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    list_connections.sync("users", client=client)
    with pytest.raises(UnstableOperationError, match="update_connection"):
        update_connection.sync("users", client=client, body=ProductAnalyticsUpdateConnectionRequest())
    assert len(recorder.requests) == 1


def test_unstable_set_is_derived_from_the_spec(spec: dict[str, Any]) -> None:
    marked = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("x-unstable")
    }
    assert marked == set(UNSTABLE_OPERATIONS)
