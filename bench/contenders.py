"""The contenders: the same incident operations done by raw httpx + json, this SDK and the official client.

Each class is used by bench/worker.py in a process of its own. Every contender does the same work per call: one
authenticated GET (or POST), a status check, and the body parsed into what that library hands a user (dicts for
raw httpx, models for the SDKs). Imports happen inside ``__init__`` so the import metric (e) stays separate.

Flavours: ``async`` (the async client), ``sync`` (the sync client) and, for this SDK, ``ns``: the async client
through its resource namespaces (``client.incidents.get_incident(...)``) when the tree being measured has them
(``Unavailable`` otherwise, and the row is left out).
"""

from __future__ import annotations

import json
from typing import Any

API_KEY = "bench-api-key"
APP_KEY = "bench-app-key"
INCIDENT_ID = "00000001-0000-4001-8000-00009e3779b1"
PAGE_SIZE = 100  # (g): pages of 100 (the most the API returns)


class Unavailable(Exception):
    """The tree being measured has no such flavour (e.g. no resource namespaces yet)."""


# (e): what a user of each library imports to work with incidents, timed in a fresh interpreter.
IMPORTS = {
    "raw": "import json\nimport httpx",
    "sdk": (
        "from datadog_async import AsyncDatadogClient\n"
        "from datadog_async.api.incidents import create_incident, get_incident, list_incidents\n"
        "from datadog_async.models import IncidentCreateAttributes, IncidentCreateData, IncidentCreateRequest\n"
    ),
    # Issue 15's (e): what the README's first example imports, the client and the incidents group (reached as
    # client.incidents, which imports datadog_async.api.incidents on first use: imported here directly). No
    # model: the endpoint modules import theirs on first parse. The "sdk" row above adds the create models.
    "sdk-ns": ("from datadog_async import AsyncDatadogClient\nimport datadog_async.api.incidents\n"),
    "official": (
        "from datadog_api_client import ApiClient, AsyncApiClient, Configuration\n"
        "from datadog_api_client.v2.api.incidents_api import IncidentsApi\n"
        "from datadog_api_client.v2.model.incident_create_attributes import IncidentCreateAttributes\n"
        "from datadog_api_client.v2.model.incident_create_data import IncidentCreateData\n"
        "from datadog_api_client.v2.model.incident_create_request import IncidentCreateRequest\n"
    ),
}


class Raw:
    """httpx.Client / httpx.AsyncClient with default settings, and json."""

    library = "raw"

    def __init__(self, base_url: str, flavour: str) -> None:
        import httpx

        if flavour not in ("async", "sync"):
            raise Unavailable(f"raw httpx has no {flavour} flavour")
        headers = {"DD-API-KEY": API_KEY, "DD-APPLICATION-KEY": APP_KEY, "Accept": "application/json"}
        cls = httpx.AsyncClient if flavour == "async" else httpx.Client
        self.http = cls(base_url=base_url, headers=headers)
        self.url = f"/api/v2/incidents/{INCIDENT_ID}"

    async def aget(self) -> Any:
        r = await self.http.get(self.url)
        if r.status_code != 200:
            raise RuntimeError(r.status_code)
        return json.loads(r.content)

    def get(self) -> Any:
        r = self.http.get(self.url)
        if r.status_code != 200:
            raise RuntimeError(r.status_code)
        return json.loads(r.content)

    @staticmethod
    def _next_offset(page: Any) -> int | None:
        # What a hand-written loop does: stop on a short page, else go on at meta.pagination.next_offset.
        if len(page["data"]) < PAGE_SIZE:
            return None
        return int(page["meta"]["pagination"]["next_offset"])

    async def apaginate(self) -> int:
        count, offset = 0, 0
        while True:
            r = await self.http.get("/api/v2/incidents", params={"page[size]": PAGE_SIZE, "page[offset]": offset})
            if r.status_code != 200:
                raise RuntimeError(r.status_code)
            page = json.loads(r.content)
            for _item in page["data"]:
                count += 1
            if (next_offset := self._next_offset(page)) is None:
                return count
            offset = next_offset

    def paginate(self) -> int:
        count, offset = 0, 0
        while True:
            r = self.http.get("/api/v2/incidents", params={"page[size]": PAGE_SIZE, "page[offset]": offset})
            if r.status_code != 200:
                raise RuntimeError(r.status_code)
            page = json.loads(r.content)
            for _item in page["data"]:
                count += 1
            if (next_offset := self._next_offset(page)) is None:
                return count
            offset = next_offset

    def parse_page(self, body: bytes) -> Any:
        return json.loads(body)

    @staticmethod
    def as_dict(parsed: Any) -> Any:
        return parsed

    def serialize_create(self, v: dict[str, Any]) -> bytes:
        import payloads

        return json.dumps(payloads.create_body_dict(v), ensure_ascii=False, separators=(",", ":")).encode()

    async def aclose(self) -> None:
        await self.http.aclose()

    def close(self) -> None:
        self.http.close()


class Sdk:
    """datadog_async: AsyncDatadogClient / DatadogClient and the generated endpoint functions."""

    library = "sdk"

    def __init__(self, base_url: str, flavour: str) -> None:
        from datadog_async import UNSTABLE_OPERATIONS, AsyncDatadogClient, DatadogClient, paginate
        from datadog_async.api.incidents import get_incident, list_incidents

        self.client = (DatadogClient if flavour == "sync" else AsyncDatadogClient)(
            api_key=API_KEY,
            app_key=APP_KEY,
            base_url=base_url,
            allow_insecure_http=True,
            unstable_operations=UNSTABLE_OPERATIONS,
        )
        c = self.client
        if flavour == "ns":
            group = getattr(c, "incidents", None)
            if group is None or not hasattr(group, "get_incident"):
                raise Unavailable("this tree has no client.incidents namespace")
            self._aget = lambda: group.get_incident(INCIDENT_ID)
            listing = group.list_incidents
            if hasattr(listing, "paginate"):  # client.incidents.list_incidents.paginate(...), if that is the design
                self._pages = lambda: listing.paginate(page_size=PAGE_SIZE)
            else:
                self._pages = lambda: paginate(list_incidents, client=c, page_size=PAGE_SIZE)
        else:
            self._aget = lambda: get_incident.asyncio(INCIDENT_ID, client=c)
            self._pages = lambda: paginate(list_incidents, client=c, page_size=PAGE_SIZE)
        self.get_incident = get_incident

    async def aget(self) -> Any:
        return await self._aget()

    def get(self) -> Any:
        return self.get_incident.sync(INCIDENT_ID, client=self.client)

    async def apaginate(self) -> int:
        count = 0
        async for _item in self._pages():
            count += 1
        return count

    def paginate(self) -> int:
        count = 0
        for _item in self._pages():
            count += 1
        return count

    def parse_page(self, body: bytes) -> Any:
        # What list_incidents.asyncio() does with a 200 body: response.json() then the model's from_dict.
        from datadog_async.models import IncidentsResponse

        return IncidentsResponse.from_dict(json.loads(body))

    @staticmethod
    def as_dict(parsed: Any) -> Any:
        return parsed.to_dict()

    def serialize_create(self, v: dict[str, Any]) -> bytes:
        from datadog_async.api.incidents import create_incident
        from datadog_async.models import (
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

        fields = IncidentFields()
        for name, (kind, value) in v["fields"].items():
            if isinstance(value, list):
                fields[name] = IncidentFieldAttributesMultipleValue(type_=kind, value=value)
            else:
                fields[name] = IncidentFieldAttributesSingleValue(type_=kind, value=value)
        body = IncidentCreateRequest(
            data=IncidentCreateData(
                type_="incidents",
                attributes=IncidentCreateAttributes(
                    title=v["title"],
                    customer_impacted=v["customer_impacted"],
                    customer_impact_scope=v["customer_impact_scope"],
                    fields=fields,
                    notification_handles=[
                        IncidentNotificationHandle(display_name=d, handle=h) for d, h in v["notification_handles"]
                    ],
                ),
                relationships=IncidentCreateRelationships(
                    commander_user=IncidentNullableRelationshipToUser(
                        data=IncidentNullableRelationshipToUserData(id=v["commander"], type_="users")
                    )
                ),
            )
        )
        kwargs = create_incident._get_kwargs(body=body)
        # httpx 0.28 encodes json= exactly like this.
        return json.dumps(kwargs["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()

    async def aclose(self) -> None:
        await self.client.aclose()

    def close(self) -> None:
        self.client.close()


class Official:
    """datadog-api-client 2.62.0: ApiClient (urllib3) or AsyncApiClient (aiosonic), with default settings."""

    library = "official"

    def __init__(self, base_url: str, flavour: str) -> None:
        from datadog_api_client import ApiClient, AsyncApiClient, Configuration
        from datadog_api_client.v2.api.incidents_api import IncidentsApi

        if flavour not in ("async", "sync"):
            raise Unavailable(f"datadog-api-client has no {flavour} flavour")
        is_async = flavour == "async"

        cfg = Configuration(host=base_url)
        cfg.api_key["apiKeyAuth"] = API_KEY
        cfg.api_key["appKeyAuth"] = APP_KEY
        for op in ("get_incident", "list_incidents", "create_incident"):
            cfg.unstable_operations[op] = True
        self.cfg = cfg
        self.api_client = (AsyncApiClient if is_async else ApiClient)(cfg)
        self.api = IncidentsApi(self.api_client)

    async def aget(self) -> Any:
        return await self.api.get_incident(incident_id=INCIDENT_ID)

    def get(self) -> Any:
        return self.api.get_incident(incident_id=INCIDENT_ID)

    async def apaginate(self) -> int:
        count = 0
        async for _item in self.api.list_incidents_with_pagination(page_size=PAGE_SIZE):
            count += 1
        return count

    def paginate(self) -> int:
        count = 0
        for _item in self.api.list_incidents_with_pagination(page_size=PAGE_SIZE):
            count += 1
        return count

    def parse_page(self, body: bytes) -> Any:
        # What list_incidents() does with a 200 body (ApiClient._call_api -> deserialize).
        from datadog_api_client.v2.model.incidents_response import IncidentsResponse

        return self.api_client.deserialize(body.decode("utf-8"), (IncidentsResponse,), self.cfg.check_return_type)

    @staticmethod
    def as_dict(parsed: Any) -> Any:
        return parsed.to_dict()

    def serialize_create(self, v: dict[str, Any]) -> bytes:
        from datadog_api_client.model_utils import data_to_dict
        from datadog_api_client.v2.model.incident_create_attributes import IncidentCreateAttributes
        from datadog_api_client.v2.model.incident_create_data import IncidentCreateData
        from datadog_api_client.v2.model.incident_create_relationships import IncidentCreateRelationships
        from datadog_api_client.v2.model.incident_create_request import IncidentCreateRequest
        from datadog_api_client.v2.model.incident_field_attributes_multiple_value import (
            IncidentFieldAttributesMultipleValue,
        )
        from datadog_api_client.v2.model.incident_field_attributes_single_value import (
            IncidentFieldAttributesSingleValue,
        )
        from datadog_api_client.v2.model.incident_field_attributes_single_value_type import (
            IncidentFieldAttributesSingleValueType,
        )
        from datadog_api_client.v2.model.incident_field_attributes_value_type import IncidentFieldAttributesValueType
        from datadog_api_client.v2.model.incident_notification_handle import IncidentNotificationHandle
        from datadog_api_client.v2.model.incident_type import IncidentType
        from datadog_api_client.v2.model.nullable_relationship_to_user import NullableRelationshipToUser
        from datadog_api_client.v2.model.nullable_relationship_to_user_data import NullableRelationshipToUserData
        from datadog_api_client.v2.model.users_type import UsersType

        fields: dict[str, Any] = {}
        for name, (kind, value) in v["fields"].items():
            if isinstance(value, list):
                fields[name] = IncidentFieldAttributesMultipleValue(
                    type=IncidentFieldAttributesValueType(kind), value=value
                )
            else:
                fields[name] = IncidentFieldAttributesSingleValue(
                    type=IncidentFieldAttributesSingleValueType(kind), value=value
                )
        body = IncidentCreateRequest(
            data=IncidentCreateData(
                type=IncidentType.INCIDENTS,
                attributes=IncidentCreateAttributes(
                    title=v["title"],
                    customer_impacted=v["customer_impacted"],
                    customer_impact_scope=v["customer_impact_scope"],
                    fields=fields,
                    notification_handles=[
                        IncidentNotificationHandle(display_name=d, handle=h) for d, h in v["notification_handles"]
                    ],
                ),
                relationships=IncidentCreateRelationships(
                    commander_user=NullableRelationshipToUser(
                        data=NullableRelationshipToUserData(id=v["commander"], type=UsersType.USERS)
                    )
                ),
            )
        )
        # What ApiClient.call_api and the REST client do with body=.
        return json.dumps(data_to_dict(body)).encode()

    async def aclose(self) -> None:
        await self.api_client.__aexit__(None, None, None)

    def close(self) -> None:
        self.api_client.close()


LIBRARIES = {"raw": Raw, "sdk": Sdk, "official": Official}
