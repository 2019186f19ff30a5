"""Action connections: create an AWS connection, rename it (other fields stay), read it back. In-process."""

from __future__ import annotations

import asyncio

from datadog_async import AsyncDatadogClient
from datadog_async.models import (
    ActionConnectionAttributes,
    ActionConnectionAttributesUpdate,
    ActionConnectionAWSAssumeRole,
    ActionConnectionAWSIntegration,
    ActionConnectionCreateRequest,
    ActionConnectionData,
    ActionConnectionDataUpdate,
    ActionConnectionUpdateRequest,
)


async def run(client: AsyncDatadogClient) -> str:
    """Returns the connection's name as read back after the update."""
    aws = ActionConnectionAWSIntegration(
        credentials=ActionConnectionAWSAssumeRole(role="bot", account_id="123456789012"),
    )
    body = ActionConnectionCreateRequest(
        data=ActionConnectionData(attributes=ActionConnectionAttributes(name="aws", integration=aws))
    )
    created = await client.action_connection.create_action_connection(body=body)
    connection_id = str(created.data.id) if created.data else ""
    rename = ActionConnectionUpdateRequest(
        data=ActionConnectionDataUpdate(attributes=ActionConnectionAttributesUpdate(name="aws-prod"))
    )
    await client.action_connection.update_action_connection(connection_id, body=rename)
    fetched = await client.action_connection.get_action_connection(connection_id)
    return fetched.data.attributes.name if fetched.data else ""


if __name__ == "__main__":
    from datadog_async.testing import FakeDatadog

    async def main() -> None:
        async with FakeDatadog().client() as client:
            print(await run(client))

    asyncio.run(main())
