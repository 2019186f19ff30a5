"""Incidents: create one, add a todo, list them, delete it. Runs in-process against the fake by default."""

from __future__ import annotations

import asyncio

from datadog_async import AsyncDatadogClient, paginate
from datadog_async.api.incidents import create_incident, create_incident_todo, delete_incident, list_incidents
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
        data=IncidentCreateData(
            type_="incidents", attributes=IncidentCreateAttributes(title="DB", customer_impacted=True)
        )
    )
    incident = (await create_incident.asyncio(client=client, body=body)).data
    todo = IncidentTodoCreateRequest(
        data=IncidentTodoCreateData(
            type_="incident_todos", attributes=IncidentTodoAttributes(content="Page DBA", assignees=["@dba"])
        )
    )
    await create_incident_todo.asyncio(incident.id, client=client, body=todo)
    titles = [item.attributes.title async for item in paginate(list_incidents, client=client) if item.attributes]
    await delete_incident.asyncio(incident.id, client=client)
    return titles


if __name__ == "__main__":
    from datadog_async.testing import FakeDatadog

    async def main() -> None:
        async with FakeDatadog().client() as client:
            print(await run(client))

    asyncio.run(main())
