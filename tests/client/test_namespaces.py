"""client.<group>.<operation>(): generated namespaces that delegate to the operation modules, on both clients."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import warnings
from typing import Any

import httpx
import pytest
from datadog_async import OPERATIONS, AsyncDatadogClient, DatadogClient, NotFoundError, PaginationError
from datadog_async.models import IncidentCreateRequest
from datadog_async.testing import FakeDatadog
from helpers import Recorder, make_client

GROUPS = {"incidents", "action_connection", "app_builder", "product_analytics"}


def module_of(name: str) -> Any:
    group = next(g for g in GROUPS if importlib.util.find_spec(f"datadog_async.api.{g}.{name}") is not None)
    return group, importlib.import_module(f"datadog_async.api.{group}.{name}")


def namespace_callable(client: Any, group: str, name: str) -> Any:
    member = getattr(getattr(client, group), name)
    return member if inspect.ismethod(member) else member.__call__


@pytest.mark.parametrize("name", sorted(OPERATIONS))
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_operation_is_a_namespace_method_with_the_functions_signature_and_docstring(name: str, mode: str) -> None:
    group, module = module_of(name)
    client = make_client(Recorder(httpx.Response(200)), mode=mode)
    function = module.sync if mode == "sync" else module.asyncio
    method = namespace_callable(client, group, name)
    expected = inspect.signature(function)
    params = [p for p in expected.parameters.values() if p.name != "client"]
    assert inspect.signature(method) == expected.replace(parameters=params)
    assert inspect.getdoc(method) == inspect.getdoc(function)
    assert inspect.iscoroutinefunction(method) == (mode == "async")


def test_the_groups_are_the_api_modules_and_completion_shows_no_transport() -> None:
    for cls in (AsyncDatadogClient, DatadogClient):
        public = {name for name in dir(cls) if not name.startswith("_")}
        assert public >= GROUPS
        assert not public & {"send", "send_async", "invalid_response", "unexpected_status"}
        for name in public:
            assert inspect.getdoc(getattr(cls, name)), f"{cls.__name__}.{name} has no docstring"


def test_a_namespace_call_sends_what_the_function_sends() -> None:
    from datadog_async.api.incidents import get_incident

    via_namespace, via_function = (
        Recorder(httpx.Response(404, json={"errors": ["nope"]})),
        Recorder(httpx.Response(404, json={"errors": ["nope"]})),
    )
    with pytest.raises(NotFoundError):
        make_client(via_namespace).incidents.get_incident("abc", include=["users"])
    with pytest.raises(NotFoundError):
        get_incident.sync("abc", client=make_client(via_function), include=["users"])
    (sent,), (expected,) = via_namespace.requests, via_function.requests
    assert (sent.method, str(sent.url)) == (expected.method, str(expected.url))


async def test_the_async_namespace_awaits_the_asyncio_function() -> None:
    async with FakeDatadog().client() as client:
        body = IncidentCreateRequest.from_dict(
            {"data": {"type": "incidents", "attributes": {"title": "Disk full", "customer_impacted": False}}}
        )
        created = await client.incidents.create_incident(body=body)
        fetched = await client.incidents.get_incident(created.data.id)
        assert fetched.data.id == created.data.id
        page = await client.incidents.list_incidents(page_size=10)
        assert [i.id for i in page.data] == [created.data.id]


def incidents_pages(total: int) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        size, offset = int(request.url.params["page[size]"]), int(request.url.params.get("page[offset]", "0"))
        data = [{"id": f"inc-{n}", "type": "incidents", "attributes": {"title": "t"}} for n in range(offset, total)]
        pagination: dict[str, int] = {"offset": offset, "size": size}
        if offset + size < total:
            pagination["next_offset"] = offset + size
        return httpx.Response(200, json={"data": data[:size], "meta": {"pagination": pagination}})

    return handler


def test_paging_from_the_sync_namespace() -> None:
    client = make_client(incidents_pages(5))
    paged = client.incidents.list_incidents
    assert [i.id for i in paged.paginate(page_size=2)] == [f"inc-{n}" for n in range(5)]
    assert [len(p.data) for p in paged.iter_pages(page_size=2)] == [2, 2, 1]
    assert [i.id for i in paged.paginate(page_size=2, page_offset=3)] == ["inc-3", "inc-4"]
    assert len(list(paged.paginate(page_size=2, max_items=3))) == 3
    assert len(paged(page_size=2).data) == 2  # calling it is one page


def test_paging_from_the_async_namespace() -> None:
    async def run() -> tuple[list[str], list[int]]:
        client = make_client(incidents_pages(5), mode="async")
        async with client:
            items = [i.id async for i in client.incidents.list_incidents.paginate(page_size=2)]
            sizes = [len(p.data) async for p in client.incidents.list_incidents.iter_pages(page_size=2)]
        return items, sizes

    assert asyncio.run(run()) == ([f"inc-{n}" for n in range(5)], [2, 2, 1])


def test_namespace_paging_checks_its_arguments_before_sending() -> None:
    recorder = Recorder(httpx.Response(200))
    with pytest.raises(ValueError, match="page_size=101 is above the maximum of 100"):
        make_client(recorder).incidents.list_incidents.paginate(page_size=101)
    assert recorder.requests == []


def test_a_sync_namespace_call_in_a_running_loop_warns_at_the_callers_line() -> None:
    async def run() -> list[warnings.WarningMessage]:
        client = make_client(Recorder(httpx.Response(200, json={"data": []})))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.incidents.list_incident_todos("abc")
        return caught

    (warning,) = asyncio.run(run())
    assert warning.filename == __file__


def test_functions_are_named_after_their_operation() -> None:
    from datadog_async.api.incidents import list_incidents

    assert list_incidents.asyncio.__qualname__ == "list_incidents.asyncio"
    assert list_incidents.sync_detailed.__qualname__ == "list_incidents.sync_detailed"
    with pytest.raises(TypeError, match=r"list_incidents\.sync\(\) got an unexpected keyword argument 'page_sise'"):
        list_incidents.sync(client=make_client(Recorder(httpx.Response(200))), page_sise=1)  # type: ignore[call-arg]
    coroutine = list_incidents.asyncio(client=make_client(Recorder(httpx.Response(200)), mode="async"))
    assert "list_incidents.asyncio" in repr(coroutine)
    coroutine.close()


def test_exported_names_show_the_package() -> None:
    assert repr(NotFoundError) == "<class 'datadog_async.NotFoundError'>"
    assert PaginationError.__module__ == AsyncDatadogClient.__module__ == "datadog_async"
