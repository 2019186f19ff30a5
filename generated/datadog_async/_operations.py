"""Operation metadata read from openapi.yaml by tools/gen_operations.py. Generated: do not edit."""

from collections.abc import Callable
from types import FunctionType
from typing import Literal, NamedTuple

# Named tuples, not frozen dataclasses: the client imports this module, and a frozen dataclass costs ~0.5 ms to
# create (its methods are compiled at import), a named tuple a tenth of that. Both are immutable and compare by value.


class QueryLimit(NamedTuple):
    """An integer query parameter: its type and bounds are checked before a request is sent."""

    wire_name: str
    python_name: str
    minimum: int | None
    maximum: int | None


class Pagination(NamedTuple):
    """How a list operation pages (the spec's `x-pagination`).

    Paths lead into the response: one (wire key, model attribute) pair per step, the attribute named as the
    generator names it.
    """

    style: Literal["offset", "page"]
    size_param: str
    offset_param: str | None
    page_param: str | None
    items: tuple[tuple[str, str], ...]
    next_offset: tuple[tuple[str, str], ...] | None
    total: tuple[tuple[str, str], ...] | None
    max_size: int | None
    default_size: int | None


class Operation(NamedTuple):
    """One operation of the spec."""

    name: str
    method: str
    path: str
    tag: str
    unstable: str | None
    """The spec's `x-unstable` note; None for a stable operation."""
    idempotent: bool
    pagination: Pagination | None
    limits: tuple[QueryLimit, ...]


def name_functions(operation: str, *functions: Callable[..., object]) -> None:
    """Name an endpoint module's functions after their operation (``list_incidents.asyncio``, not ``asyncio``)
    in tracebacks, argument errors and "coroutine ... was never awaited"."""
    for function in functions:
        assert isinstance(function, FunctionType)
        function.__qualname__ = f"{operation}.{function.__name__}"
        function.__code__ = function.__code__.replace(co_qualname=function.__qualname__)


OPERATIONS: dict[str, Operation] = {
    "create_action_connection": Operation(
        name="create_action_connection",
        method="POST",
        path="/api/v2/actions/connections",
        tag="Action Connection",
        unstable=None,
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "get_action_connection": Operation(
        name="get_action_connection",
        method="GET",
        path="/api/v2/actions/connections/{connection_id}",
        tag="Action Connection",
        unstable=None,
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "update_action_connection": Operation(
        name="update_action_connection",
        method="PATCH",
        path="/api/v2/actions/connections/{connection_id}",
        tag="Action Connection",
        unstable=None,
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "delete_action_connection": Operation(
        name="delete_action_connection",
        method="DELETE",
        path="/api/v2/actions/connections/{connection_id}",
        tag="Action Connection",
        unstable=None,
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "list_apps": Operation(
        name="list_apps",
        method="GET",
        path="/api/v2/app-builder/apps",
        tag="App Builder",
        unstable=None,
        idempotent=True,
        pagination=Pagination(
            style="page",
            size_param="limit",
            offset_param=None,
            page_param="page",
            items=(("data", "data"),),
            next_offset=None,
            total=(("meta", "meta"), ("page", "page"), ("totalFilteredCount", "total_filtered_count")),
            max_size=None,
            default_size=None,
        ),
        limits=(
            QueryLimit("limit", "limit", None, None),
            QueryLimit("page", "page", None, None),
        ),
    ),
    "create_app": Operation(
        name="create_app",
        method="POST",
        path="/api/v2/app-builder/apps",
        tag="App Builder",
        unstable=None,
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "delete_apps": Operation(
        name="delete_apps",
        method="DELETE",
        path="/api/v2/app-builder/apps",
        tag="App Builder",
        unstable=None,
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "get_app": Operation(
        name="get_app",
        method="GET",
        path="/api/v2/app-builder/apps/{app_id}",
        tag="App Builder",
        unstable=None,
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "update_app": Operation(
        name="update_app",
        method="PATCH",
        path="/api/v2/app-builder/apps/{app_id}",
        tag="App Builder",
        unstable=None,
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "delete_app": Operation(
        name="delete_app",
        method="DELETE",
        path="/api/v2/app-builder/apps/{app_id}",
        tag="App Builder",
        unstable=None,
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "publish_app": Operation(
        name="publish_app",
        method="POST",
        path="/api/v2/app-builder/apps/{app_id}/deployment",
        tag="App Builder",
        unstable=None,
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "unpublish_app": Operation(
        name="unpublish_app",
        method="DELETE",
        path="/api/v2/app-builder/apps/{app_id}/deployment",
        tag="App Builder",
        unstable=None,
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "list_incidents": Operation(
        name="list_incidents",
        method="GET",
        path="/api/v2/incidents",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=Pagination(
            style="offset",
            size_param="page_size",
            offset_param="page_offset",
            page_param=None,
            items=(("data", "data"),),
            next_offset=(("meta", "meta"), ("pagination", "pagination"), ("next_offset", "next_offset")),
            total=None,
            max_size=100,
            default_size=None,
        ),
        limits=(
            QueryLimit("page[size]", "page_size", 1, 100),
            QueryLimit("page[offset]", "page_offset", 0, 9223372036854775807),
        ),
    ),
    "create_incident": Operation(
        name="create_incident",
        method="POST",
        path="/api/v2/incidents",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "search_incidents": Operation(
        name="search_incidents",
        method="GET",
        path="/api/v2/incidents/search",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=Pagination(
            style="offset",
            size_param="page_size",
            offset_param="page_offset",
            page_param=None,
            items=(("data", "data"), ("attributes", "attributes"), ("incidents", "incidents")),
            next_offset=(("meta", "meta"), ("pagination", "pagination"), ("next_offset", "next_offset")),
            total=None,
            max_size=100,
            default_size=None,
        ),
        limits=(
            QueryLimit("page[size]", "page_size", 1, 100),
            QueryLimit("page[offset]", "page_offset", 0, 9223372036854775807),
        ),
    ),
    "get_incident": Operation(
        name="get_incident",
        method="GET",
        path="/api/v2/incidents/{incident_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "update_incident": Operation(
        name="update_incident",
        method="PATCH",
        path="/api/v2/incidents/{incident_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "delete_incident": Operation(
        name="delete_incident",
        method="DELETE",
        path="/api/v2/incidents/{incident_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "list_incident_attachments": Operation(
        name="list_incident_attachments",
        method="GET",
        path="/api/v2/incidents/{incident_id}/attachments",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "update_incident_attachments": Operation(
        name="update_incident_attachments",
        method="PATCH",
        path="/api/v2/incidents/{incident_id}/attachments",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "list_incident_integrations": Operation(
        name="list_incident_integrations",
        method="GET",
        path="/api/v2/incidents/{incident_id}/relationships/integrations",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "create_incident_integration": Operation(
        name="create_incident_integration",
        method="POST",
        path="/api/v2/incidents/{incident_id}/relationships/integrations",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "get_incident_integration": Operation(
        name="get_incident_integration",
        method="GET",
        path="/api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "update_incident_integration": Operation(
        name="update_incident_integration",
        method="PATCH",
        path="/api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "delete_incident_integration": Operation(
        name="delete_incident_integration",
        method="DELETE",
        path="/api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "list_incident_todos": Operation(
        name="list_incident_todos",
        method="GET",
        path="/api/v2/incidents/{incident_id}/relationships/todos",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "create_incident_todo": Operation(
        name="create_incident_todo",
        method="POST",
        path="/api/v2/incidents/{incident_id}/relationships/todos",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "get_incident_todo": Operation(
        name="get_incident_todo",
        method="GET",
        path="/api/v2/incidents/{incident_id}/relationships/todos/{todo_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "update_incident_todo": Operation(
        name="update_incident_todo",
        method="PATCH",
        path="/api/v2/incidents/{incident_id}/relationships/todos/{todo_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=False,
        pagination=None,
        limits=(),
    ),
    "delete_incident_todo": Operation(
        name="delete_incident_todo",
        method="DELETE",
        path="/api/v2/incidents/{incident_id}/relationships/todos/{todo_id}",
        tag="Incidents",
        unstable="This endpoint is in public beta. If you have any feedback, contact Datadog support.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "list_connections": Operation(
        name="list_connections",
        method="GET",
        path="/api/v2/product-analytics/{entity}/mapping/connections",
        tag="Product Analytics",
        unstable="This endpoint may be subject to changes.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
    "update_connection": Operation(
        name="update_connection",
        method="PUT",
        path="/api/v2/product-analytics/{entity}/mapping/connection",
        tag="Product Analytics",
        unstable="This endpoint may be subject to changes.",
        idempotent=True,
        pagination=None,
        limits=(),
    ),
}

UNSTABLE_OPERATIONS: frozenset[str] = frozenset(
    [
        "create_incident",
        "create_incident_integration",
        "create_incident_todo",
        "delete_incident",
        "delete_incident_integration",
        "delete_incident_todo",
        "get_incident",
        "get_incident_integration",
        "get_incident_todo",
        "list_connections",
        "list_incident_attachments",
        "list_incident_integrations",
        "list_incident_todos",
        "list_incidents",
        "search_incidents",
        "update_connection",
        "update_incident",
        "update_incident_attachments",
        "update_incident_integration",
        "update_incident_todo",
    ]
)

SERVER_URL_TEMPLATE: str = "https://api.{site}"
SITES: tuple[str, ...] = (
    "datadoghq.com",
    "us3.datadoghq.com",
    "us5.datadoghq.com",
    "ap1.datadoghq.com",
    "ap2.datadoghq.com",
    "datadoghq.eu",
    "ddog-gov.com",
    "us2.ddog-gov.com",
)
DEFAULT_SITE: str = "datadoghq.com"
