"""App Builder apps: versions on every update, publish/unpublish, paged and filtered listing."""

from __future__ import annotations

import copy
from functools import partial
from typing import Any

from ._call import Call, Handler, Reply
from ._errors import FakeError, not_found
from ._paging import number_page
from ._state import Record, State

KIND = "appDefinitions"
NIL_UUID = "00000000-0000-0000-0000-000000000000"
ORG_ID = 1234567
# The definition keys a create or update may set (an update replaces each key it sends).
DEFINITION_KEYS = ("components", "description", "name", "queries", "rootInstanceName", "tags")
SORT_KEYS = {"name", "created_at", "updated_at", "user_name", "favorite", "self_service"}


def _app(state: State, call: Call) -> Record:
    ident = str(call.path["app_id"])
    app = state.apps.get(ident)
    if app is None:
        raise not_found("App", ident)
    return app


def _user_meta(state: State, created_at: str) -> Record:
    return {
        "created_at": created_at,
        "user_id": state.user.numeric_id,
        "user_name": state.user.handle,
        "user_uuid": state.user.id,
    }


def _meta(state: State, app: Record) -> Record:
    meta = _user_meta(state, app["created_at"])
    meta.update(
        {
            "org_id": ORG_ID,
            "updated_at": app["updated_at"],
            "version": app["version"],
            "updated_since_deployment": app["deployment"] is not None and app["deployed_version"] != app["version"],
        }
    )
    return meta


def _deployment(state: State, deployment: Record) -> Record:
    return {
        "id": deployment["id"],
        "type": "deployment",
        "attributes": {"app_version_id": deployment["app_version_id"]},
        "meta": _user_meta(state, deployment["created_at"]),
    }


def _deployment_relationship(state: State, app: Record) -> Record:
    deployment = app["deployment"]
    return {
        "data": {"id": deployment["id"], "type": "deployment"},
        "meta": _user_meta(state, deployment["created_at"]),
    }


def _definition(app: Record, version: int) -> Record:
    attributes = copy.deepcopy(app["versions"][version])
    attributes["favorite"] = app["favorite"]
    return {"id": app["id"], "type": KIND, "attributes": attributes}


def _full(state: State, app: Record, version: int) -> Reply:
    body: Record = {"data": _definition(app, version), "meta": _meta(state, app)}
    relationship: Record = {"connections": []}
    if app["deployment"] is not None:
        relationship["deployment"] = _deployment_relationship(state, app)
        body["included"] = [_deployment(state, app["deployment"])]
    body["relationship"] = relationship
    return Reply(body)


def create_app(state: State, call: Call) -> Reply:
    now = state.now()
    definition = {key: copy.deepcopy(call.attributes()[key]) for key in DEFINITION_KEYS if key in call.attributes()}
    definition.setdefault("name", "")
    definition.setdefault("components", [])
    definition.setdefault("queries", [])
    definition.setdefault("tags", [])
    app: Record = {
        "id": state.new_id(),
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "versions": {1: definition},
        "version_ids": {1: state.new_id()},
        "favorite": False,
        "self_service": False,
        "deployment": None,
        "deployed_version": None,
    }
    state.apps[app["id"]] = app
    return Reply({"data": {"id": app["id"], "type": KIND}})


def get_app(state: State, call: Call) -> Reply:
    app = _app(state, call)
    wanted = call.query.get("version")
    if wanted in (None, "latest"):
        version = app["version"]
    elif wanted == "deployed":
        if app["deployed_version"] is None:
            raise FakeError(404, f"App {app['id']!r} has no published version.", parameter="version")
        version = app["deployed_version"]
    elif isinstance(wanted, str) and wanted.isdigit() and int(wanted) in app["versions"]:
        version = int(wanted)
    elif isinstance(wanted, str) and wanted.isdigit():
        raise FakeError(404, f"App {app['id']!r} has no version {wanted}.", parameter="version")
    else:
        raise FakeError(400, f"version must be a number, latest or deployed; got {wanted!r}.", parameter="version")
    return _full(state, app, version)


def update_app(state: State, call: Call) -> Reply:
    app = _app(state, call)
    body_id = call.data().get("id")
    if body_id is not None and body_id != app["id"]:
        raise FakeError(400, "data.id does not match the app_id in the path.", pointer="/data/id")
    definition = copy.deepcopy(app["versions"][app["version"]])
    for key in DEFINITION_KEYS:
        if key in call.attributes():
            definition[key] = copy.deepcopy(call.attributes()[key])
    app["version"] += 1
    app["versions"][app["version"]] = definition
    app["version_ids"][app["version"]] = state.new_id()
    app["updated_at"] = state.now()
    return _full(state, app, app["version"])


def _remove(state: State, app_id: str) -> None:
    del state.apps[app_id]
    state.deleted_apps.add(app_id)


def delete_app(state: State, call: Call) -> Reply:
    ident = str(call.path["app_id"])
    if ident in state.deleted_apps:
        raise FakeError(410, f"App {ident!r} was already deleted.")
    _remove(state, _app(state, call)["id"])
    return Reply({"data": {"id": ident, "type": KIND}})


def delete_apps(state: State, call: Call) -> Reply:
    body = call.body if isinstance(call.body, dict) else {}
    refs = body.get("data") or []
    for index, ref in enumerate(refs):
        if ref["id"] not in state.apps:
            raise FakeError(404, f"App {ref['id']!r} not found.", pointer=f"/data/{index}/id")
    for ref in refs:
        if ref["id"] in state.apps:
            _remove(state, ref["id"])
    return Reply({"data": [{"id": ref["id"], "type": KIND} for ref in refs]})


def _publish(state: State, app: Record, version_id: str) -> Record:
    app["deployment"] = {"id": state.new_id(), "app_version_id": version_id, "created_at": state.now()}
    return _deployment(state, app["deployment"])


def publish_app(state: State, call: Call) -> Reply:
    app = _app(state, call)
    app["deployed_version"] = app["version"]
    return Reply({"data": _publish(state, app, app["version_ids"][app["version"]])})


def unpublish_app(state: State, call: Call) -> Reply:
    """Unpublishing records a new deployment whose app_version_id is the nil UUID."""
    app = _app(state, call)
    app["deployed_version"] = None
    return Reply({"data": _publish(state, app, NIL_UUID)})


def _summary(state: State, app: Record) -> Record:
    definition = app["versions"][app["version"]]
    attributes = {
        "name": definition.get("name", ""),
        "favorite": app["favorite"],
        "selfService": app["self_service"],
        "tags": list(definition.get("tags", [])),
    }
    if "description" in definition:
        attributes["description"] = definition["description"]
    summary: Record = {"id": app["id"], "type": KIND, "attributes": attributes, "meta": _meta(state, app)}
    if app["deployment"] is not None:
        summary["relationships"] = {"deployment": _deployment_relationship(state, app)}
    return summary


def _matches(state: State, app: Record, query: dict[str, Any]) -> bool:
    definition = app["versions"][app["version"]]
    name = str(definition.get("name", "")).lower()
    checks: list[bool] = []
    if "filter[name]" in query:
        checks.append(str(query["filter[name]"]).lower() in name)
    if "filter[query]" in query:
        needle = str(query["filter[query]"]).lower()
        checks.append(needle in name or needle in state.user.handle.lower())
    if "filter[user_name]" in query:
        checks.append(query["filter[user_name]"] == state.user.handle)
    if "filter[user_uuid]" in query:
        checks.append(query["filter[user_uuid]"] == state.user.id)
    if "filter[deployed]" in query:
        checks.append(query["filter[deployed]"] == (app["deployed_version"] is not None))
    if "filter[favorite]" in query:
        checks.append(query["filter[favorite]"] == app["favorite"])
    if "filter[self_service]" in query:
        checks.append(query["filter[self_service]"] == app["self_service"])
    if "filter[tags]" in query:
        wanted = {tag.strip() for tag in str(query["filter[tags]"]).split(",") if tag.strip()}
        checks.append(wanted <= set(definition.get("tags", [])))
    return all(checks)


def _sort_value(app: Record, key: str) -> Any:
    definition = app["versions"][app["version"]]
    return {
        "name": str(definition.get("name", "")).lower(),
        "created_at": app["created_at"],
        "updated_at": app["updated_at"],
        "user_name": "",
        "favorite": app["favorite"],
        "self_service": app["self_service"],
    }[key]


def list_apps(state: State, call: Call) -> Reply:
    apps = list(state.apps.values())
    matching = [app for app in apps if _matches(state, app, call.query)]
    # Decision: the spec lists no sort values, so keys the fake does not know are ignored, not rejected.
    for key in reversed(call.query.get("sort") or []):
        field = key.removeprefix("-")
        if field not in SORT_KEYS:
            continue
        matching.sort(key=partial(_sort_value, key=field), reverse=key.startswith("-"))
    page = number_page(matching, call.query)
    deployments = [_deployment(state, app["deployment"]) for app in page if app["deployment"] is not None]
    body: Record = {
        "data": [_summary(state, app) for app in page],
        "meta": {"page": {"totalCount": len(apps), "totalFilteredCount": len(matching)}},
    }
    if deployments:
        body["included"] = deployments
    return Reply(body)


HANDLERS: dict[str, Handler] = {
    "list_apps": list_apps,
    "create_app": create_app,
    "delete_apps": delete_apps,
    "get_app": get_app,
    "update_app": update_app,
    "delete_app": delete_app,
    "publish_app": publish_app,
    "unpublish_app": unpublish_app,
}
