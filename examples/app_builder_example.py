"""App Builder: create an app, publish it, read back which version is live. In-process against the fake."""

from __future__ import annotations

import asyncio

from datadog_async import AsyncDatadogClient, NotFoundError
from datadog_async.models import (
    AppBuilderCreateAppRequest,
    AppBuilderCreateAppRequestAttributes,
    AppBuilderCreateAppRequestData,
)


async def run(client: AsyncDatadogClient) -> tuple[bool, bool]:
    """Returns whether get_app reports a live version after publishing, then after unpublishing."""
    body = AppBuilderCreateAppRequest(
        data=AppBuilderCreateAppRequestData(
            attributes=AppBuilderCreateAppRequestAttributes(name="Runbook", tags=["team:sre"])
        )
    )
    created = await client.app_builder.create_app(body=body)
    app_id = str(created.data.id) if created.data else ""
    await client.app_builder.publish_app(app_id)
    live = await client.app_builder.get_app(app_id, version="deployed")
    await client.app_builder.unpublish_app(app_id)
    try:
        await client.app_builder.get_app(app_id, version="deployed")
    except NotFoundError:
        return live.data is not None, False
    return live.data is not None, True


if __name__ == "__main__":
    from datadog_async.testing import FakeDatadog

    async def main() -> None:
        async with FakeDatadog().client() as client:
            print(await run(client))

    asyncio.run(main())
