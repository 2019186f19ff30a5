"""The contenders: the same incident operations done by raw httpx + json, this SDK and the official client.

Each class is used by bench/worker.py in a process of its own. Every contender does the same work per call: one
authenticated GET (or POST), a status check, and the body parsed into what that library hands a user (dicts for
raw httpx, models for the SDKs). Imports happen inside ``__init__`` so the import metric (e) stays separate.
"""

from __future__ import annotations

import json
from typing import Any

API_KEY = "bench-api-key"
APP_KEY = "bench-app-key"
INCIDENT_ID = "00000001-0000-4001-8000-00009e3779b1"

# (e): what a user of each library imports to work with incidents, timed in a fresh interpreter.
IMPORTS = {
    "raw": "import json\nimport httpx",
    "sdk": (
        "from datadog_async import AsyncDatadogClient\n"
        "from datadog_async.api.incidents import create_incident, get_incident, list_incidents\n"
        "from datadog_async.models import IncidentCreateAttributes, IncidentCreateData, IncidentCreateRequest\n"
    ),
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

    def __init__(self, base_url: str, is_async: bool) -> None:
        import httpx

        headers = {"DD-API-KEY": API_KEY, "DD-APPLICATION-KEY": APP_KEY, "Accept": "application/json"}
        cls = httpx.AsyncClient if is_async else httpx.Client
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

    def parse_page(self, body: bytes) -> Any:
        return json.loads(body)

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

    def __init__(self, base_url: str, is_async: bool) -> None:
        from datadog_async import UNSTABLE_OPERATIONS, AsyncDatadogClient, DatadogClient
        from datadog_async.api.incidents import get_incident

        self.client = (AsyncDatadogClient if is_async else DatadogClient)(
            api_key=API_KEY,
            app_key=APP_KEY,
            base_url=base_url,
            allow_insecure_http=True,
            unstable_operations=UNSTABLE_OPERATIONS,
        )
        self.get_incident = get_incident

    async def aget(self) -> Any:
        return await self.get_incident.asyncio(INCIDENT_ID, client=self.client)

    def get(self) -> Any:
        return self.get_incident.sync(INCIDENT_ID, client=self.client)

    def parse_page(self, body: bytes) -> Any:
        # What list_incidents.asyncio() does with a 200 body: response.json() then the model's from_dict.
        from datadog_async.models import IncidentsResponse

        return IncidentsResponse.from_dict(json.loads(body))

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

    def __init__(self, base_url: str, is_async: bool) -> None:
        from datadog_api_client import ApiClient, AsyncApiClient, Configuration
        from datadog_api_client.v2.api.incidents_api import IncidentsApi

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

    def parse_page(self, body: bytes) -> Any:
        # What list_incidents() does with a 200 body (ApiClient._call_api -> deserialize).
        from datadog_api_client.v2.model.incidents_response import IncidentsResponse

        return self.api_client.deserialize(body.decode("utf-8"), (IncidentsResponse,), self.cfg.check_return_type)

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
