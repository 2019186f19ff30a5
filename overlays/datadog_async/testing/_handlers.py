"""Every resource handler by operation name, and the spec-example fallback for operations without one."""

from __future__ import annotations

import copy

from . import _action_connections, _apps, _incident_related, _incidents, _product_analytics
from ._call import Call, Handler, Reply
from ._state import State

HANDLERS: dict[str, Handler] = {
    **_action_connections.HANDLERS,
    **_apps.HANDLERS,
    **_incidents.HANDLERS,
    **_incident_related.HANDLERS,
    **_product_analytics.HANDLERS,
}


def example_handler(state: State, call: Call) -> Reply:
    """For an operation the fake has no behaviour for (a group newer than this fake): the documented
    success status with the spec's example body, so that it at least answers conformingly."""
    status = call.op.success_status
    return Reply(copy.deepcopy(call.op.example(status)), status=status)


def handler_for(operation_id: str) -> Handler:
    return HANDLERS.get(operation_id, example_handler)
