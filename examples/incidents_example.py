"""Incidents: create one, add a todo, list them, delete it. Runs in-process against the fake by default."""

from __future__ import annotations

import asyncio

from datadog_async import AsyncDatadogClient
from datadog_async.models import (
    IncidentCreateAttributes,
    IncidentCreateData,
    IncidentCreateRequest,
    IncidentTodoAttributes,
    IncidentTodoCreateData,
    IncidentTodoCreateRequest,
)


async def run(client: AsyncDatadogClient) -> list[str]:
    """Returns the titles of the incidents listed before the new one is deleted."""
    body = IncidentCreateRequest(
        data=IncidentCreateData(attributes=IncidentCreateAttributes(title="DB", customer_impacted=True))
    )
    incident = (await client.incidents.create_incident(body=body)).data
    todo = IncidentTodoCreateRequest(
        data=IncidentTodoCreateData(attributes=IncidentTodoAttributes(content="Page DBA", assignees=["@dba"]))
    )
    await client.incidents.create_incident_todo(incident.id, body=todo)
    titles = [item.attributes.title async for item in client.incidents.list_incidents.paginate() if item.attributes]
    await client.incidents.delete_incident(incident.id)
    return titles


if __name__ == "__main__":
    from datadog_async.testing import FakeDatadog

    async def main() -> None:
        async with FakeDatadog().client() as client:
            print(await run(client))

    asyncio.run(main())
