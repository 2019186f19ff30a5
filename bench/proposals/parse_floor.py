"""The floor for parsing a 100-incident page into the generated attrs classes: every object built with
object.__new__ and slot assignment, no checks at all. Compare with json.loads and with the generated from_dict.

    PYTHONPATH=OUTDIR/gen:overlays:bench python bench/proposals/parse_floor.py
"""

import datetime
import gc
import json
import time

import datadog_async.models as m
import payloads
from datadog_async.types import UNSET

body = payloads.dumps(payloads.incidents_page(0))
fi = datetime.datetime.fromisoformat


def leaf(cls, src):
    o = object.__new__(cls)
    o.id = src["id"]
    o.type_ = src["type"]
    o.additional_properties = {}
    return o


def container(cls, leafcls, src):
    o = object.__new__(cls)
    o.data = [leaf(leafcls, x) for x in src["data"]]
    o.additional_properties = {}
    return o


def single(cls, leafcls, src):
    o = object.__new__(cls)
    o.data = leaf(leafcls, src["data"])
    o.additional_properties = {}
    return o


A = m.IncidentResponseAttributes
DT = ("archived", "created", "customer_impact_end", "customer_impact_start", "detected", "modified", "resolved")
PLAIN = (
    "case_id",
    "customer_impact_duration",
    "customer_impact_scope",
    "customer_impacted",
    "public_id",
    "severity",
    "state",
    "time_to_detect",
    "time_to_internal_response",
    "time_to_repair",
    "time_to_resolve",
    "visibility",
    "non_datadog_creator",
)


def fields(src):
    o = object.__new__(m.IncidentFields)
    ap = {}
    for k, v in src.items():
        val = v["value"]
        c = m.IncidentFieldAttributesMultipleValue if isinstance(val, list) else m.IncidentFieldAttributesSingleValue
        f = object.__new__(c)
        f.type_ = v.get("type", UNSET)
        f.value = val
        f.additional_properties = {}
        ap[k] = f
    o.additional_properties = ap
    return o


def attrs_(src):
    o = object.__new__(A)
    g = src.get
    o.title = src["title"]
    for k in DT:
        v = g(k, UNSET)
        setattr(o, k, fi(v) if isinstance(v, str) else v)
    for k in PLAIN:
        setattr(o, k, g(k, UNSET))
    o.fields = fields(src["fields"])
    nh = []
    for x in src["notification_handles"]:
        h = object.__new__(m.IncidentNotificationHandle)
        h.display_name = x.get("display_name", UNSET)
        h.handle = x.get("handle", UNSET)
        h.additional_properties = {}
        nh.append(h)
    o.notification_handles = nh
    o.additional_properties = {}
    return o


def rels(src):
    o = object.__new__(m.IncidentResponseRelationships)
    o.attachments = container(
        m.IncidentRelationshipToAttachments, m.IncidentRelationshipToAttachmentData, src["attachments"]
    )
    o.commander_user = single(
        m.IncidentNullableRelationshipToUser, m.IncidentNullableRelationshipToUserData, src["commander_user"]
    )
    o.created_by_user = single(m.IncidentRelationshipToUser, m.IncidentRelationshipToUserData, src["created_by_user"])
    o.last_modified_by_user = single(
        m.IncidentRelationshipToUser, m.IncidentRelationshipToUserData, src["last_modified_by_user"]
    )
    o.impacts = container(m.IncidentRelationshipToImpacts, m.IncidentRelationshipToImpactData, src["impacts"])
    o.integrations = container(
        m.IncidentRelationshipToIntegrations, m.IncidentRelationshipToIntegrationData, src["integrations"]
    )
    o.responders = container(
        m.IncidentRelationshipToResponders, m.IncidentRelationshipToResponderData, src["responders"]
    )
    o.user_defined_fields = container(
        m.IncidentRelationshipToUserDefinedFields,
        m.IncidentRelationshipToUserDefinedFieldData,
        src["user_defined_fields"],
    )
    o.additional_properties = {}
    return o


def data(src):
    o = object.__new__(m.IncidentResponseData)
    o.id = src["id"]
    o.type_ = src["type"]
    o.attributes = attrs_(src["attributes"])
    o.relationships = rels(src["relationships"])
    o.additional_properties = {}
    return o


def page(src):
    return [data(x) for x in src["data"]]


def best(fn, n=12):
    b = 9
    for _ in range(n):
        gc.collect()
        c = time.process_time()
        fn()
        b = min(b, time.process_time() - c)
    return b / 100 * 1e6


j = best(lambda: json.loads(body))
f = best(lambda: page(json.loads(body)))
s = best(lambda: m.IncidentsResponse.from_dict(json.loads(body)))
gc.disable()
j2 = best(lambda: json.loads(body))
f2 = best(lambda: page(json.loads(body)))
s2 = best(lambda: m.IncidentsResponse.from_dict(json.loads(body)))
print(
    f"gc on: json {j:.1f}  floor {f:.1f} ({f / j:.2f}x)  generated {s:.1f} ({s / j:.2f}x) | "
    f"gc off: json {j2:.1f} floor {f2:.1f} ({f2 / j2:.2f}x) generated {s2:.1f} ({s2 / j2:.2f}x)"
)
