"""App Builder models: seed examples and their placeholders, the component tree, the polymorphic values."""

from __future__ import annotations

import copy
import datetime as dt
import json
import typing
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from datadog_async.models import (
    AppBuilderAppDefinition,
    AppBuilderAppRelationship,
    AppBuilderAppSummary,
    AppBuilderAppSummaryRelationships,
    AppBuilderComponent,
    AppBuilderComponentGrid,
    AppBuilderComponentGridProperties,
    AppBuilderComponentProperties,
    AppBuilderCreateAppRequest,
    AppBuilderCustomConnection,
    AppBuilderDeleteAppsRequest,
    AppBuilderDeployment,
    AppBuilderDeploymentRelationship,
    AppBuilderEvent,
    AppBuilderGetAppResponse,
    AppBuilderListAppsResponse,
    AppBuilderPublishAppResponse,
    AppBuilderQuery,
    AppBuilderUnpublishAppResponse,
    AppBuilderUpdateAppResponse,
    JSONAPIErrorResponse,
)
from datadog_async.models.app_builder_component_grid_type import is_app_builder_component_grid_type
from datadog_async.models.app_builder_component_type import AppBuilderComponentType, is_app_builder_component_type
from datadog_async.models.app_builder_event_name import AppBuilderEventName, is_app_builder_event_name
from datadog_async.models.app_builder_event_type import AppBuilderEventType
from datadog_async.models.app_builder_query_type import AppBuilderQueryType, is_app_builder_query_type
from datadog_async.types import ModelValidationError
from helpers import instants as normalize
from helpers import parse_strict, resolve

SEED = "002_8524c31b3a9432c0"
TAG = "App Builder"
APP_ID = "65bb1f25-52e1-4510-9f8d-22d1516ed693"

# The values the spec examples hold where the seed's examples have a type name ("integer") or an undefined
# oneOf ({"type": "undefined"} for isVisible).
INTEGER_SUBSTITUTES = {"org_id": 1234567, "user_id": 123456, "version": 1, "totalCount": 10, "totalFilteredCount": 1}
UNDEFINED_IS_VISIBLE = {"type": "undefined"}


def seed_examples(text: str) -> list[Any]:
    """The distinct JSON examples of the seed page (top-level `{` ... `}` blocks)."""
    lines = text.splitlines()
    found: list[Any] = []
    i = 0
    while i < len(lines):
        if lines[i] != "{":
            i += 1
            continue
        depth, j = 0, i
        while True:
            depth += sum(lines[j].count(c) for c in "{[") - sum(lines[j].count(c) for c in "}]")
            if depth == 0:
                break
            j += 1
        value = json.loads("\n".join(lines[i : j + 1]))
        if value not in found:
            found.append(value)
        i = j + 1
    return found


def substitute(value: Any, key: str | None = None, keep: str | None = None) -> Any:
    """The seed example with its placeholders replaced as in the spec (but those of the field `keep`)."""
    if isinstance(value, dict):
        if key == "isVisible" and value == UNDEFINED_IS_VISIBLE and key != keep:
            return True
        return {k: substitute(v, k, keep) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, None, keep) for v in value]
    if value == "integer" and key in INTEGER_SUBSTITUTES and key != keep:
        return INTEGER_SUBSTITUTES[key]
    return value


def has_placeholder(value: Any, key: str | None = None) -> bool:
    return bool(substitute(value, key) != value)


def spec_examples(spec: dict[str, Any]) -> list[Any]:
    """Every example of the App Builder operations: request bodies, responses, and their error responses."""
    found: list[Any] = []
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or TAG not in operation.get("tags", []):
                continue
            bodies = [operation.get("requestBody", {}), *operation["responses"].values()]
            for body in bodies:
                media = resolve(spec, body).get("content", {}).get("application/json", {})
                example = media.get("example", resolve(spec, media.get("schema", {})).get("example"))
                if example is not None and example not in found:
                    found.append(example)
    return found


# ---- the seed's examples are the spec's examples (placeholders substituted) ----


def test_every_seed_example_is_a_spec_example(spec: dict[str, Any], seed_text: Callable[[str], str]) -> None:
    seed = [substitute(example) for example in seed_examples(seed_text(SEED))]
    in_spec = spec_examples(spec)
    assert len(seed) == 9
    assert [example for example in seed if example not in in_spec] == []
    assert [example for example in in_spec if example not in seed] == []


# (seed example index, model): the examples of the page that carry placeholders.
PLACEHOLDER_EXAMPLES = [
    pytest.param(0, AppBuilderListAppsResponse, id="list_apps-200"),
    pytest.param(6, AppBuilderGetAppResponse, id="get_app-200"),
    pytest.param(6, AppBuilderUpdateAppResponse, id="update_app-200"),
    pytest.param(8, AppBuilderPublishAppResponse, id="publish_app-201"),
    pytest.param(8, AppBuilderUnpublishAppResponse, id="unpublish_app-200"),
]


@pytest.mark.parametrize(("index", "model"), PLACEHOLDER_EXAMPLES)
def test_substituted_example_round_trips(seed_text: Callable[[str], str], index: int, model: type[Any]) -> None:
    raw = seed_examples(seed_text(SEED))[index]
    assert has_placeholder(raw)
    example = substitute(raw)
    parsed = model.from_dict(copy.deepcopy(example))
    assert normalize(parsed.to_dict()) == normalize(example)


def test_substituted_integers_are_ints(seed_text: Callable[[str], str]) -> None:
    parsed = AppBuilderListAppsResponse.from_dict(substitute(seed_examples(seed_text(SEED))[0]))
    assert isinstance(parsed.data, list)
    meta = parsed.data[0].meta
    assert meta is not None
    assert (meta.org_id, meta.user_id, meta.version) == (1234567, 123456, 1)
    assert isinstance(meta.created_at, dt.datetime)
    assert meta.user_uuid == uuid.UUID(APP_ID)
    assert parsed.meta is not None
    assert parsed.meta.page is not None
    assert (parsed.meta.page.total_count, parsed.meta.page.total_filtered_count) == (10, 1)


# The raw seed examples: a type name in an int64 field, and {"type": "undefined"} in the bool|string isVisible.
# Each case keeps only its own placeholder (the others substituted), so the error must be about that field.
RAW_PLACEHOLDERS = [
    pytest.param(AppBuilderListAppsResponse, 0, "org_id", ["data", 0, "meta", "org_id"], id="list_apps-meta.org_id"),
    pytest.param(
        AppBuilderListAppsResponse, 0, "totalCount", ["meta", "page", "totalCount"], id="list_apps-meta.page.totalCount"
    ),
    pytest.param(
        AppBuilderPublishAppResponse, 8, "user_id", ["data", "meta", "user_id"], id="publish_app-meta.user_id"
    ),
    pytest.param(AppBuilderGetAppResponse, 6, "version", ["meta", "version"], id="get_app-meta.version"),
]


@pytest.mark.parametrize(("model", "index", "field", "path"), RAW_PLACEHOLDERS)
def test_raw_integer_placeholder_is_rejected_naming_the_field(
    seed_text: Callable[[str], str], model: type[Any], index: int, field: str, path: list[str | int]
) -> None:
    raw = substitute(seed_examples(seed_text(SEED))[index], keep=field)
    assert has_placeholder(raw)
    with pytest.raises(ModelValidationError) as info:
        parse_strict(model, copy.deepcopy(raw))
    assert info.value.path == path
    assert info.value.path[-1] == field
    assert info.value.reason == "expected an integer, got string 'integer'"
    assert str(info.value) == ".".join(map(str, path)) + ": expected an integer, got string 'integer'"


@pytest.mark.parametrize(("model", "index"), [(AppBuilderListAppsResponse, 0), (AppBuilderGetAppResponse, 6)])
def test_raw_seed_example_is_rejected_at_its_first_placeholder(
    seed_text: Callable[[str], str], model: type[Any], index: int
) -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(model, copy.deepcopy(seed_examples(seed_text(SEED))[index]))
    assert info.value.path[-1] in {*INTEGER_SUBSTITUTES, "isVisible"}


def test_raw_undefined_is_visible_is_rejected_naming_the_field() -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(AppBuilderComponentProperties, {"children": [], "isVisible": dict(UNDEFINED_IS_VISIBLE)})
    assert info.value.path == ["isVisible"]
    assert info.value.reason == "expected a boolean or a string, got object"
    assert str(info.value) == "isVisible: expected a boolean or a string, got object"


def test_raw_undefined_is_visible_in_the_seed_tree_is_rejected_with_its_path(seed_text: Callable[[str], str]) -> None:
    raw = substitute(seed_examples(seed_text(SEED))[6], keep="isVisible")
    with pytest.raises(ModelValidationError) as info:
        parse_strict(AppBuilderGetAppResponse, copy.deepcopy(raw))
    assert info.value.dotted_path == "data.attributes.components.0.properties.children.0.properties.isVisible"
    assert info.value.reason == "expected a boolean or a string, got object"


def test_untyped_query_properties_keep_the_seed_value(seed_text: Callable[[str], str]) -> None:
    # Query.properties is untyped ("any") in the seed: its "undefined" is a valid value and kept verbatim.
    example = substitute(seed_examples(seed_text(SEED))[6])
    parsed = AppBuilderGetAppResponse.from_dict(copy.deepcopy(example))
    assert isinstance(parsed.data, AppBuilderAppDefinition)
    assert isinstance(parsed.data.attributes.queries, list)
    assert parsed.data.attributes.queries[0].properties == "undefined"


# ---- the component tree ----


def component(name: str, type_: str, *children: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"events": [], "name": name, "properties": {"children": list(children), **extra}, "type": type_}


# Four levels: grid > gridCell > container > (text, button).
DEEP_TREE: dict[str, Any] = {
    "events": [{"name": "pageChange", "type": "custom"}],
    "name": "grid0",
    "properties": {
        "backgroundColor": "default",
        "children": [
            component(
                "gridCell0",
                "gridCell",
                component(
                    "container0",
                    "container",
                    component("text0", "text", isVisible="${state.ready}", content="Hello"),
                    component("button0", "button", isVisible=False, label="Run", level="primary"),
                ),
                isVisible="true",
                layout={"default": {"height": 8, "width": 2, "x": 0, "y": 0}},
            )
        ],
        "isVisible": True,
    },
    "type": "grid",
}


def test_recursive_component_tree_round_trips() -> None:
    grid = AppBuilderComponentGrid.from_dict(copy.deepcopy(DEEP_TREE))
    assert isinstance(grid.properties, AppBuilderComponentGridProperties)
    assert isinstance(grid.properties.children, list)
    (cell,) = grid.properties.children
    assert (type(cell), cell.type_) == (AppBuilderComponent, "gridCell")
    assert isinstance(cell.properties.children, list)
    (container,) = cell.properties.children
    assert (type(container), container.type_) == (AppBuilderComponent, "container")
    assert isinstance(container.properties.children, list)
    assert [(type(c), c.name, c.type_) for c in container.properties.children] == [
        (AppBuilderComponent, "text0", "text"),
        (AppBuilderComponent, "button0", "button"),
    ]
    assert grid.to_dict() == DEEP_TREE


def test_component_properties_keep_extra_keys() -> None:
    raw = {"children": [], "isVisible": True, "label": "CPU Usage", "value": "42", "layout": {"default": {"x": 0}}}
    properties = AppBuilderComponentProperties.from_dict(copy.deepcopy(raw))
    assert properties.additional_properties == {"label": "CPU Usage", "value": "42", "layout": {"default": {"x": 0}}}
    assert properties["label"] == "CPU Usage"
    assert properties.to_dict() == raw


def test_create_example_tree_keeps_gridcell_layout(seed_text: Callable[[str], str]) -> None:
    example = seed_examples(seed_text(SEED))[3]
    request = AppBuilderCreateAppRequest.from_dict(copy.deepcopy(example))
    assert request.data is not None
    assert request.data.attributes is not None
    assert isinstance(request.data.attributes.components, list)
    (grid,) = request.data.attributes.components
    assert isinstance(grid.properties.children, list)
    (cell,) = grid.properties.children
    assert cell.properties["layout"] == {"default": {"height": 8, "width": 2, "x": 0, "y": 0}}
    assert isinstance(cell.properties.children, list)
    (callout,) = cell.properties.children
    assert (callout.type_, callout.properties.is_visible, callout.properties["unit"]) == ("calloutValue", True, "kB")
    assert request.to_dict() == example


# ---- polymorphic values: each option parses into its own type and back ----

IS_VISIBLE_OPTIONS = [
    pytest.param(True, bool, id="boolean-true"),
    pytest.param(False, bool, id="boolean-false"),
    pytest.param("true", str, id="string-true"),
    pytest.param("${query0.isLoading === false}", str, id="string-expression"),
]


@pytest.mark.parametrize(("value", "python_type"), IS_VISIBLE_OPTIONS)
def test_component_is_visible_options(value: bool | str, python_type: type) -> None:
    raw = {"isVisible": value}
    properties = AppBuilderComponentProperties.from_dict(dict(raw))
    assert type(properties.is_visible) is python_type
    assert properties.to_dict() == raw


@pytest.mark.parametrize(("value", "python_type"), IS_VISIBLE_OPTIONS)
def test_grid_is_visible_options(value: bool | str, python_type: type) -> None:
    raw = {"isVisible": value}
    properties = AppBuilderComponentGridProperties.from_dict(dict(raw))
    assert type(properties.is_visible) is python_type
    assert properties.to_dict() == raw


@pytest.mark.parametrize("component_type", typing.get_args(AppBuilderComponentType))
def test_every_component_type_parses(component_type: str) -> None:
    raw = component(f"{component_type}0", component_type, isVisible=True)
    parsed = AppBuilderComponent.from_dict(copy.deepcopy(raw))
    assert (type(parsed), parsed.type_) == (AppBuilderComponent, component_type)
    assert parsed.to_dict() == raw


def test_component_types_are_the_seed_list() -> None:
    assert set(typing.get_args(AppBuilderComponentType)) == {
        "table",
        "textInput",
        "textArea",
        "button",
        "text",
        "select",
        "modal",
        "schemaForm",
        "checkbox",
        "tabs",
        "vegaChart",
        "radioButtons",
        "numberInput",
        "fileInput",
        "jsonInput",
        "gridCell",
        "dateRangePicker",
        "search",
        "container",
        "calloutValue",
    }


@pytest.mark.parametrize(
    ("model", "raw", "attribute", "is_known"),
    [
        pytest.param(
            AppBuilderComponent,
            component("grid1", "grid"),
            "type_",
            is_app_builder_component_type,
            id="grid-is-not-a-child-type",
        ),
        pytest.param(
            AppBuilderComponentGrid,
            component("table0", "table"),
            "type_",
            is_app_builder_component_grid_type,
            id="root-that-is-not-a-grid",
        ),
        pytest.param(
            AppBuilderQuery,
            {"id": APP_ID, "name": "q", "type": "workflow"},
            "type_",
            is_app_builder_query_type,
            id="unknown-query-type",
        ),
        pytest.param(
            AppBuilderEvent,
            {"name": "tableRowButtonClick"},
            "name",
            is_app_builder_event_name,
            id="event-name-without-underscore",
        ),
    ],
)
def test_values_outside_the_enums_are_kept_raw(
    model: type[Any], raw: dict[str, Any], attribute: str, is_known: Callable[[object], bool]
) -> None:
    # Datadog adds enum values without notice: a value the enum does not know is kept as the raw string.
    parsed = model.from_dict(copy.deepcopy(raw))
    value = getattr(parsed, attribute)
    assert type(value) is str
    assert value == raw["type" if attribute == "type_" else attribute]
    assert not is_known(value)
    assert parsed.to_dict() == raw


def test_component_name_and_properties_are_required() -> None:
    with pytest.raises(ModelValidationError) as info:
        parse_strict(AppBuilderComponent, {"properties": {}, "type": "text"})
    assert (info.value.path, info.value.reason) == (["name"], "missing required field")
    assert str(info.value) == "name: missing required field"
    with pytest.raises(ModelValidationError) as info:
        parse_strict(AppBuilderComponentGrid, {"name": "grid0", "type": "grid"})
    assert (info.value.path, info.value.reason) == (["properties"], "missing required field")
    assert str(info.value) == "properties: missing required field"


@pytest.mark.parametrize(
    ("query_type", "properties"),
    [
        pytest.param("action", {"spec": {"fqn": "com.datadoghq.http.request", "inputs": {}}}, id="action"),
        pytest.param("stateVariable", {"defaultValue": "${[]}"}, id="stateVariable"),
        pytest.param("dataTransform", {"outputs": "${(() => 1)()}"}, id="dataTransform"),
        pytest.param("action", "undefined", id="untyped-string"),
        pytest.param("stateVariable", [1, "two", None], id="untyped-list"),
    ],
)
def test_query_types_and_untyped_properties(query_type: str, properties: Any) -> None:
    raw = {
        "events": [{"name": "executionFinished", "type": "setStateVariableValue"}],
        "id": APP_ID,
        "name": f"{query_type}0",
        "properties": properties,
        "type": query_type,
    }
    query = AppBuilderQuery.from_dict(copy.deepcopy(raw))
    assert query.type_ == query_type
    assert query.properties == properties
    assert query.id == uuid.UUID(APP_ID)
    assert query.to_dict() == raw


def test_query_types_are_the_seed_list() -> None:
    assert set(typing.get_args(AppBuilderQueryType)) == {"action", "stateVariable", "dataTransform"}


@pytest.mark.parametrize("name", typing.get_args(AppBuilderEventName))
def test_every_event_name_parses(name: str) -> None:
    # `_tableRowButtonClick` is not an identifier: literal enums keep it as the wire string.
    event = AppBuilderEvent.from_dict({"name": name, "type": "triggerQuery"})
    assert event.to_dict() == {"name": name, "type": "triggerQuery"}


def test_event_enums_are_the_seed_lists() -> None:
    assert "_tableRowButtonClick" in typing.get_args(AppBuilderEventName)
    assert len(typing.get_args(AppBuilderEventName)) == 10
    assert set(typing.get_args(AppBuilderEventType)) == {
        "custom",
        "setComponentState",
        "triggerQuery",
        "openModal",
        "closeModal",
        "openUrl",
        "downloadFile",
        "setStateVariableValue",
    }


# ---- relationship blocks ----

DEPLOYMENT_META = {"created_at": "2019-09-19T10:00:00+00:00", "user_id": 1, "user_name": "a@b.c", "user_uuid": APP_ID}
DEPLOYMENT_RELATIONSHIP = {"data": {"id": APP_ID, "type": "deployment"}, "meta": DEPLOYMENT_META}


def test_get_app_relationship_is_singular_with_connections() -> None:
    raw = {
        "connections": [
            {
                "attributes": {"name": "conn", "onPremRunner": {"id": "par-1", "url": "https://par"}},
                "id": APP_ID,
                "type": "custom_connections",
            },
            {"attributes": {"name": "cloud"}, "id": APP_ID, "type": "custom_connections"},
        ],
        "deployment": DEPLOYMENT_RELATIONSHIP,
    }
    response = AppBuilderGetAppResponse.from_dict({"relationship": copy.deepcopy(raw)})
    assert isinstance(response.relationship, AppBuilderAppRelationship)
    assert isinstance(response.relationship.connections, list)
    assert [type(c) for c in response.relationship.connections] == [AppBuilderCustomConnection] * 2
    assert isinstance(response.relationship.deployment, AppBuilderDeploymentRelationship)
    assert response.to_dict() == {"relationship": raw}


def test_list_item_relationships_is_plural_with_deployment_only() -> None:
    raw = {
        "attributes": {"name": "app"},
        "id": APP_ID,
        "relationships": {"deployment": DEPLOYMENT_RELATIONSHIP},
        "type": "appDefinitions",
    }
    item = AppBuilderAppSummary.from_dict(copy.deepcopy(raw))
    assert isinstance(item.relationships, AppBuilderAppSummaryRelationships)
    assert isinstance(item.relationships.deployment, AppBuilderDeploymentRelationship)
    assert item.to_dict() == raw
    # The singular wire name of the get/update responses is not the list item's field.
    singular = {k: v for k, v in raw.items() if k != "relationships"} | {"relationship": {"connections": []}}
    other = AppBuilderAppSummary.from_dict(copy.deepcopy(singular))
    assert other.relationships is None
    assert other.additional_properties == {"relationship": {"connections": []}}


def test_included_deployments_are_typed() -> None:
    nil = "00000000-0000-0000-0000-000000000000"
    raw = {
        "included": [
            {"attributes": {"app_version_id": nil}, "id": APP_ID, "meta": DEPLOYMENT_META, "type": "deployment"}
        ]
    }
    response = AppBuilderListAppsResponse.from_dict(copy.deepcopy(raw))
    assert isinstance(response.included, list)
    (deployment,) = response.included
    assert isinstance(deployment, AppBuilderDeployment)
    assert deployment.attributes is not None
    assert deployment.attributes.app_version_id == uuid.UUID(nil)
    assert response.to_dict() == raw


def test_bulk_delete_items_need_id_and_type() -> None:
    raw = {"data": [{"id": APP_ID, "type": "appDefinitions"}]}
    assert AppBuilderDeleteAppsRequest.from_dict(copy.deepcopy(raw)).to_dict() == raw
    with pytest.raises(ModelValidationError) as info:
        parse_strict(AppBuilderDeleteAppsRequest, {"data": [{"id": APP_ID}]})
    assert (info.value.path, info.value.reason) == (["data", 0, "type"], "missing required field")
    assert info.value.dotted_path == "data.0.type"
    with pytest.raises(ModelValidationError) as info:
        parse_strict(AppBuilderDeleteAppsRequest, {"data": [{"type": "appDefinitions"}]})
    assert (info.value.path, info.value.reason) == (["data", 0, "id"], "missing required field")


def test_error_response_items_are_json_api_objects(seed_text: Callable[[str], str]) -> None:
    example = seed_examples(seed_text(SEED))[1]
    errors = JSONAPIErrorResponse.from_dict(copy.deepcopy(example))
    assert errors.errors[0].title == "Bad Request"
    assert errors.to_dict() == example
