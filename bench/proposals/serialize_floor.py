"""The floor for metric (d) with one Python object per JSON object: the bench's create request built from the
plainest slotted classes possible (``__init__`` stores its arguments, ``to_dict`` is one dict literal; no UNSET,
no additional properties, no raw values), called the way the bench calls the generated models (keyword
arguments, the same import statements), then ``json.dumps``. Compare with raw (dicts) and with the SDK.

    .venv/bin/python bench/proposals/serialize_floor.py

Measured 2026-12-01 (shared 2-core VM, CPython 3.11.7, best of 7 x 20,000): raw 11.8 us, SDK 19.8 us (1.68x),
this floor 17.4 us (1.47x). So issue 15's 1.3x for (d) cannot be met by any design that builds ~17 objects
through keyword calls (CPython 3.11 packs the keywords of a class call into a dict for ``__init__``: ~150 ns an
object before its body runs) plus ~17 ``to_dict`` calls: raw's cost is ~85% ``json.dumps``, which both pay.
"""

import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import contenders  # noqa: E402
import payloads  # noqa: E402

_UNSET: Any = object()


class Req:
    __slots__ = ("data",)

    def __init__(self, data: Any = _UNSET) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return {"data": self.data.to_dict()}


class Data:
    __slots__ = ("type_", "attributes", "relationships")

    def __init__(self, type_: Any = _UNSET, attributes: Any = _UNSET, relationships: Any = _UNSET) -> None:
        self.type_ = type_
        self.attributes = attributes
        self.relationships = relationships

    def to_dict(self) -> dict[str, Any]:
        return {"attributes": self.attributes.to_dict(), "type": self.type_, "relationships": self.relationships.to_dict()}


class Attributes:
    __slots__ = ("title", "customer_impacted", "customer_impact_scope", "fields", "notification_handles")

    def __init__(
        self,
        title: Any = _UNSET,
        customer_impacted: Any = _UNSET,
        customer_impact_scope: Any = _UNSET,
        fields: Any = _UNSET,
        notification_handles: Any = _UNSET,
    ) -> None:
        self.title = title
        self.customer_impacted = customer_impacted
        self.customer_impact_scope = customer_impact_scope
        self.fields = fields
        self.notification_handles = notification_handles

    def to_dict(self) -> dict[str, Any]:
        return {
            "customer_impacted": self.customer_impacted,
            "title": self.title,
            "customer_impact_scope": self.customer_impact_scope,
            "fields": self.fields.to_dict(),
            "notification_handles": [h.to_dict() for h in self.notification_handles],
        }


class Fields:
    __slots__ = ("entries",)

    def __init__(self) -> None:
        self.entries: dict[str, Any] = {}

    def __setitem__(self, key: str, value: Any) -> None:
        self.entries[key] = value

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() for k, v in self.entries.items()}


class FieldValue:
    __slots__ = ("type_", "value")

    def __init__(self, type_: Any = _UNSET, value: Any = _UNSET) -> None:
        self.type_ = type_
        self.value = value

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type_, "value": self.value}


class Handle:
    __slots__ = ("display_name", "handle")

    def __init__(self, display_name: Any = _UNSET, handle: Any = _UNSET) -> None:
        self.display_name = display_name
        self.handle = handle

    def to_dict(self) -> dict[str, Any]:
        return {"display_name": self.display_name, "handle": self.handle}


class Relationships:
    __slots__ = ("commander_user",)

    def __init__(self, commander_user: Any = _UNSET) -> None:
        self.commander_user = commander_user

    def to_dict(self) -> dict[str, Any]:
        return {"commander_user": self.commander_user.to_dict()}


class ToUser:
    __slots__ = ("data",)

    def __init__(self, data: Any = _UNSET) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return {"data": self.data.to_dict()}


class ToUserData:
    __slots__ = ("id", "type_")

    def __init__(self, id: Any = _UNSET, type_: Any = _UNSET) -> None:  # noqa: A002 -- the wire name
        self.id = id
        self.type_ = type_

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type_}


def floor(v: dict[str, Any]) -> bytes:
    # The same import statements as Sdk.serialize_create (~1 us: both modules are packages).
    from datadog_async.api.incidents import create_incident  # noqa: F401
    from datadog_async.models import (  # noqa: F401
        IncidentCreateAttributes,
        IncidentCreateData,
        IncidentCreateRelationships,
        IncidentCreateRequest,
        IncidentFieldAttributesMultipleValue,
        IncidentFieldAttributesSingleValue,
        IncidentFields,
        IncidentNotificationHandle,
        IncidentNullableRelationshipToUser,
        IncidentNullableRelationshipToUserData,
    )

    fields = Fields()
    for name, (kind, value) in v["fields"].items():
        if isinstance(value, list):
            fields[name] = FieldValue(type_=kind, value=value)
        else:
            fields[name] = FieldValue(type_=kind, value=value)
    body = Req(
        data=Data(
            type_="incidents",
            attributes=Attributes(
                title=v["title"],
                customer_impacted=v["customer_impacted"],
                customer_impact_scope=v["customer_impact_scope"],
                fields=fields,
                notification_handles=[Handle(display_name=d, handle=h) for d, h in v["notification_handles"]],
            ),
            relationships=Relationships(commander_user=ToUser(data=ToUserData(id=v["commander"], type_="users"))),
        )
    )
    return json.dumps(body.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def best(f: Any, v: dict[str, Any], n: int = 20_000, batches: int = 7) -> float:
    for _ in range(200):
        f(v)
    fastest = float("inf")
    for _ in range(batches):
        t0 = time.process_time()
        for _ in range(n):
            f(v)
        fastest = min(fastest, time.process_time() - t0)
    return fastest / n * 1e6


def main() -> None:
    v = payloads.create_values()
    sdk = contenders.Sdk.__new__(contenders.Sdk)  # serialize_create needs no client
    raw = contenders.Raw.__new__(contenders.Raw)
    assert floor(v) == sdk.serialize_create(v), "the floor must send the SDK's bytes"
    for _ in range(3):  # interleaved: the machine's steal moves every figure
        r, s, f = best(raw.serialize_create, v), best(sdk.serialize_create, v), best(floor, v)
        print(f"raw {r:.2f} us   sdk {s:.2f} us ({s / r:.2f}x)   floor {f:.2f} us ({f / r:.2f}x)")


if __name__ == "__main__":
    main()
