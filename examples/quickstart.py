"""Quickstart: the SDK end to end against a Datadog API (``make demo`` runs it against the embedded fake).

    python examples/quickstart.py --base-url http://127.0.0.1:8126

Keys come from DD_API_KEY / DD_APP_KEY (any non-empty value works against the fake).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

from datadog_async import UNSTABLE_OPERATIONS, AsyncDatadogClient, UnstableOperationError
from datadog_async.models import (
    ActionConnectionAttributes,
    ActionConnectionAWSAssumeRole,
    ActionConnectionAWSIntegration,
    ActionConnectionCreateRequest,
    ActionConnectionData,
    AppBuilderCreateAppRequest,
    AppBuilderCreateAppRequestAttributes,
    AppBuilderCreateAppRequestData,
    IncidentCreateAttributes,
    IncidentCreateData,
    IncidentCreateRequest,
    IncidentFields,
    IncidentIntegrationMetadataAttributes,
    IncidentIntegrationMetadataCreateData,
    IncidentIntegrationMetadataCreateRequest,
    IncidentIntegrationMetadataSlack,
    IncidentIntegrationMetadataSlackChannelItem,
    IncidentTodoAttributes,
    IncidentTodoCreateData,
    IncidentTodoCreateRequest,
    IncidentUpdateAttributes,
    IncidentUpdateData,
    IncidentUpdateRequest,
    ProductAnalyticsConnectionField,
    ProductAnalyticsUpdateConnectionRequest,
    ProductAnalyticsUpdateConnectionRequestAttributes,
    ProductAnalyticsUpdateConnectionRequestData,
)

TOTAL_INCIDENTS = 250


def incident_body(title: str) -> IncidentCreateRequest:
    return IncidentCreateRequest(
        data=IncidentCreateData(attributes=IncidentCreateAttributes(title=title, customer_impacted=False))
    )


async def main(base_url: str) -> None:
    api_key, app_key = os.environ.get("DD_API_KEY", "demo-api-key"), os.environ.get("DD_APP_KEY", "demo-app-key")
    started = time.perf_counter()
    summary: list[tuple[str, str]] = []

    print("1. Incidents are in public beta: a client must opt in before calling them.")
    async with AsyncDatadogClient(
        base_url=base_url, unstable_operations=(), api_key=api_key, app_key=app_key
    ) as cautious:
        try:
            await cautious.incidents.create_incident(body=incident_body("never sent"))
        except UnstableOperationError as exc:
            print(f"   UnstableOperationError: {exc}")
            summary.append(("beta gating", "UnstableOperationError before opting in"))

    async with AsyncDatadogClient(
        base_url=base_url, unstable_operations=UNSTABLE_OPERATIONS, api_key=api_key, app_key=app_key
    ) as client:
        print("2. Create an incident, add a todo and Slack metadata, raise its severity.")
        incident = (await client.incidents.create_incident(body=incident_body("Checkout latency"))).data
        todo = await client.incidents.create_incident_todo(
            incident.id,
            body=IncidentTodoCreateRequest(
                data=IncidentTodoCreateData(
                    attributes=IncidentTodoAttributes(content="Roll back the deploy", assignees=["@oncall"]),
                )
            ),
        )
        await client.incidents.create_incident_integration(
            incident.id,
            body=IncidentIntegrationMetadataCreateRequest(
                data=IncidentIntegrationMetadataCreateData(
                    attributes=IncidentIntegrationMetadataAttributes(
                        integration_type=1,
                        metadata=IncidentIntegrationMetadataSlack(
                            channels=[
                                IncidentIntegrationMetadataSlackChannelItem(
                                    channel_id="C0INC", channel_name="#incident-1", redirect_url="https://slack.test"
                                )
                            ]
                        ),
                    ),
                )
            ),
        )
        updated = await client.incidents.update_incident(
            incident.id,
            body=IncidentUpdateRequest(
                data=IncidentUpdateData(
                    id=incident.id,
                    attributes=IncidentUpdateAttributes(
                        fields=IncidentFields.from_dict({"severity": {"type": "dropdown", "value": "SEV-2"}})
                    ),
                )
            ),
        )
        severity = updated.data.attributes.severity if updated.data.attributes else "?"
        summary.append(("incident", f"{incident.id[:8]}… severity {severity}, todo {todo.data.id[:8]}…"))

        print(f"3. Create {TOTAL_INCIDENTS - 1} more incidents, then page through all of them.")
        gate = asyncio.Semaphore(20)

        async def create(n: int) -> None:
            async with gate:
                await client.incidents.create_incident(body=incident_body(f"Load test {n}"))

        await asyncio.gather(*(create(n) for n in range(TOTAL_INCIDENTS - 1)))
        seen = 0
        async for page in client.incidents.list_incidents.iter_pages(page_size=100):
            seen += len(page.data)
            print(f"   page of {len(page.data):3d} -> {seen}/{TOTAL_INCIDENTS}")
        summary.append(("paging", f"{seen} incidents in pages of 100"))

        found = await client.incidents.search_incidents(query="severity:SEV-2")
        total = found.data.attributes.total if found.data and found.data.attributes else 0
        summary.append(("search", f"severity:SEV-2 -> {total} incident(s)"))

        print("4. Create and publish an App Builder app.")
        created = await client.app_builder.create_app(
            body=AppBuilderCreateAppRequest(
                data=AppBuilderCreateAppRequestData(
                    attributes=AppBuilderCreateAppRequestAttributes(name="Incident console")
                )
            ),
        )
        app_id = str(created.data.id) if created.data else ""
        deployment = await client.app_builder.publish_app(app_id)
        app = await client.app_builder.get_app(app_id)
        published = bool(app.relationship and app.relationship.deployment)
        version_id = deployment.data.attributes.app_version_id if deployment.data and deployment.data.attributes else ""
        summary.append(("app", f"{app_id[:8]}… published={published}, version {str(version_id)[:8]}…"))

        print("5. Create an action connection; update and list Product Analytics connections.")
        connection = await client.action_connection.create_action_connection(
            body=ActionConnectionCreateRequest(
                data=ActionConnectionData(
                    attributes=ActionConnectionAttributes(
                        name="AWS prod",
                        integration=ActionConnectionAWSIntegration(
                            credentials=ActionConnectionAWSAssumeRole(role="incident-bot", account_id="123456789012"),
                        ),
                    ),
                )
            ),
        )
        summary.append(("action connection", f"{connection.data.attributes.name!r}" if connection.data else "?"))
        await client.product_analytics.update_connection(
            "users",
            body=ProductAnalyticsUpdateConnectionRequest(
                data=ProductAnalyticsUpdateConnectionRequestData(
                    id="crm",
                    attributes=ProductAnalyticsUpdateConnectionRequestAttributes(
                        fields_to_add=[ProductAnalyticsConnectionField(id="tier", source_name="plan", type_="string")]
                    ),
                )
            ),
        )
        listed = await client.product_analytics.list_connections("users")
        connections = listed.data.attributes.connections if listed.data and listed.data.attributes else []
        connections = connections if isinstance(connections, list) else []
        fields = sum(len(c.fields) if isinstance(c.fields, list) else 0 for c in connections)
        summary.append(("product analytics", f"{len(connections)} connection(s), {fields} field(s)"))

    print(f"\nSummary ({time.perf_counter() - started:.1f}s against {base_url}):")
    width = max(len(name) for name, _ in summary)
    for name, outcome in summary:
        print(f"  {name:<{width}}  {outcome}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default=os.environ.get("DD_BASE_URL", "http://127.0.0.1:8126"))
    asyncio.run(main(parser.parse_args().base_url))
