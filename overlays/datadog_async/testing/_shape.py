"""Responses in the shape real Datadog sends them, and the "nullable on read" rule they are checked by.

Real Datadog returns every documented attribute of a resource, with ``null`` where it has no value, although
the API docs mark few fields nullable. ``ResponseShaper.shape`` turns a document that merely omits unset
fields (a fake handler's answer, a spec example) into that shape, so that tests see the nulls production sends.

Decision, the levels that are filled (a property absent there becomes ``null``):

- the ``attributes`` object of every resource, a resource being an object whose schema documents both
  ``type`` and ``attributes`` (JSON:API resource objects: ``data``, the items of ``data`` and ``included``);
- everything below such an ``attributes`` object that is present and documented: nested objects reached
  through documented properties, the items of arrays (facet buckets, handles, components), the values of
  documented maps (``additionalProperties``), the branch of a ``oneOf``/``anyOf`` the value is (told by the
  discriminator, by the enums of the branches' properties, else by validating against each), and resources
  nested in attributes (the incidents of a search result).

Not filled: the envelope (``data``, ``included``, ``meta``, ``links``, ``errors``) and a resource's own keys
beside ``attributes`` (``relationships``, ``meta``): they carry structure rather than values, and the nulls
seen in real responses are attributes. Never invented: a required property (absent stays absent), list items,
values, an absent ``attributes`` object or other container (an absent nested object becomes ``null``, not an
object of nulls); a value that matches no ``oneOf`` branch, or several, is kept as it is, unfilled. Keys the
spec does not document are kept, and so is the order of the keys present (filled ones come after them).

"Nullable on read": a response conforms when it matches the spec with every optional property also allowed
to be ``null`` (``read_validator``). That is the rule the fake's own conformance check applies to its answers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, ValidationError  # type: ignore[import-untyped]
from jsonschema.validators import extend  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._spec import SPEC_URI, _format_checker, pointer


def _properties_nullable_on_read(
    validator: Any, properties: dict[str, Any], instance: Any, schema: dict[str, Any]
) -> Iterator[ValidationError]:
    """JSON Schema's ``properties``, except that an optional property holding ``null`` is always valid."""
    if not validator.is_type(instance, "object"):
        return
    required = schema.get("required", ())
    for name, subschema in properties.items():
        if name not in instance or (instance[name] is None and name not in required):
            continue
        yield from validator.descend(instance[name], subschema, path=name, schema_path=name)


ReadValidator = extend(Draft202012Validator, {"properties": _properties_nullable_on_read})
"""A Draft 2020-12 validator under the nullable-on-read rule."""


@dataclass(frozen=True, slots=True)
class _Node:
    """What the walk needs of one schema (``$ref``s followed), worked out once per JSON pointer."""

    at: str
    schema: dict[str, Any]
    children: dict[str, str]
    """Property name -> pointer of its schema."""
    optional: tuple[str, ...]
    extra: str | None
    """Pointer of the ``additionalProperties`` schema, if one is given."""
    items: str | None
    choice: str | None
    """``oneOf`` or ``anyOf`` when the schema is a choice."""
    resource: bool
    """A JSON:API resource (documents ``type`` and ``attributes``): its attributes are filled."""


class ResponseShaper:
    """Shapes response documents of one OpenAPI 3.1 spec like Datadog's, and validates them on read."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        self._formats = _format_checker()
        self._validators: dict[str, Any] = {}
        # Caches by JSON pointer: the spec does not change under a shaper.
        self._nodes: dict[str, _Node] = {}
        self._branch_cache: dict[str, list[tuple[str, dict[str, list[Any]]]]] = {}

    def read_validator(self, schema_pointer: str) -> Any:
        """A validator of the schema at ``schema_pointer`` (JSON pointer into the spec), nullable on read."""
        found = self._validators.get(schema_pointer)
        if found is None:
            found = ReadValidator(
                {"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=self._registry, format_checker=self._formats
            )
            self._validators[schema_pointer] = found
        return found

    def shape(self, schema_pointer: str, document: Any) -> Any:
        """``document`` (a response body matching the schema at ``schema_pointer``) as Datadog sends it: a new
        value with every documented attribute of each resource present, ``null`` where it had none. The
        document itself is not changed (parts with nothing to fill may be shared with it)."""
        return self._shape(schema_pointer, document, fill=False)

    # -- the walk -----------------------------------------------------------------------------------------

    def _shape(self, at: str, value: Any, *, fill: bool) -> Any:
        node = self._node(at)
        if isinstance(value, list):
            if node.items is None:
                return value
            return [self._shape(node.items, item, fill=fill) if _nested(item) else item for item in value]
        if not isinstance(value, dict):
            return value
        if node.choice is not None:
            branch = self._branch(node, value)
            return value if branch is None else self._shape(branch, value, fill=fill)
        children, extra = node.children, node.extra
        if not children and extra is None:
            return value  # a free-form object: nothing documented in it to fill or walk into
        shaped: dict[str, Any] = {}
        for key, item in value.items():
            child = children.get(key, extra)
            if child is None or not _nested(item):
                shaped[key] = item
            else:
                # A resource's attributes, and all below them, are filled.
                shaped[key] = self._shape(child, item, fill=fill or (node.resource and key == "attributes"))
        if fill:
            for key in node.optional:
                if key not in shaped:
                    shaped[key] = None
        return shaped

    def _node(self, at: str) -> _Node:
        found = self._nodes.get(at)
        if found is None:
            schema, where = self._resolve(at)
            properties: dict[str, Any] = schema.get("properties", {})
            required = schema.get("required", ())
            extra, items = schema.get("additionalProperties"), schema.get("items")
            choice = "oneOf" if "oneOf" in schema else "anyOf" if "anyOf" in schema else None
            found = self._nodes[at] = _Node(
                at=where,
                schema=schema,
                children={key: where + pointer("properties", key) for key in properties},
                optional=tuple(key for key in properties if key not in required),
                extra=where + "/additionalProperties" if isinstance(extra, dict) else None,
                items=where + "/items" if isinstance(items, dict) else None,
                choice=choice,
                resource="attributes" in properties and "type" in properties,
            )
        return found

    def _branch(self, node: _Node, value: dict[str, Any]) -> str | None:
        """The pointer of the ``oneOf``/``anyOf`` branch ``value`` (an object) is, or None when that is unclear."""
        schema, keyword = node.schema, node.choice or "oneOf"
        branches = self._branches(schema, node.at, keyword)
        if len(branches) == 1:
            return branches[0][0]
        discriminator = schema.get("discriminator") or {}
        tag = value.get(discriminator.get("propertyName", ""))
        mapped = discriminator.get("mapping", {}).get(tag) if isinstance(tag, str) else None  # any JSON may come
        if isinstance(mapped, str) and mapped.startswith("#/"):
            return mapped[1:]
        # A present value outside a branch's enum rules the branch out; that alone usually decides (the `type`
        # of an included resource, of a field), without validating the value against every branch.
        candidates = [
            branch
            for branch, enums in branches
            if not any(value.get(key) is not None and value[key] not in allowed for key, allowed in enums.items())
        ]
        if len(candidates) == 1:
            return candidates[0]
        matching = [branch for branch in candidates if self.read_validator(branch).is_valid(value)]
        if keyword == "anyOf" and matching:
            return matching[0]
        return matching[0] if len(matching) == 1 else None

    def _branches(self, schema: dict[str, Any], at: str, keyword: str) -> list[tuple[str, dict[str, list[Any]]]]:
        """The object branches of a ``oneOf``/``anyOf`` (an object is never the null branch): their pointers
        and the enums of their properties, by property name."""
        found = self._branch_cache.get(at)
        if found is None:
            found = []
            for index, branch in enumerate(schema[keyword]):
                if branch.get("type") == "null":
                    continue
                option = self._node(f"{at}/{keyword}/{index}")
                enums: dict[str, list[Any]] = {}
                for key, child in option.children.items():
                    prop = self._node(child).schema
                    if isinstance(prop.get("enum"), list):
                        enums[key] = prop["enum"]
                found.append((option.at, enums))
            self._branch_cache[at] = found
        return found

    def _resolve(self, at: str) -> tuple[dict[str, Any], str]:
        """The schema at pointer ``at`` with local ``$ref``s followed, and the pointer it was found at."""
        schema = self._at(at)
        while isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
            at = schema["$ref"][1:]
            schema = self._at(at)
        return schema, at

    def _at(self, at: str) -> dict[str, Any]:
        target: Any = self._spec
        for part in at.lstrip("/").split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            target = target[int(key)] if isinstance(target, list) else target[key]
        if not isinstance(target, dict):
            raise TypeError(f"No schema at {at!r} in the spec.")
        return target


def _nested(value: Any) -> bool:
    return isinstance(value, dict | list)
