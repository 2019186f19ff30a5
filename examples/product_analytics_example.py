"""Product Analytics: add two fields to a connection, rename one, delete the other, list. In-process."""

from __future__ import annotations

import asyncio

from datadog_async import AsyncDatadogClient
from datadog_async.models import (
    ProductAnalyticsConnectionField,
    ProductAnalyticsConnectionFieldUpdate,
    ProductAnalyticsUpdateConnectionRequest,
    ProductAnalyticsUpdateConnectionRequestAttributes,
    ProductAnalyticsUpdateConnectionRequestData,
)


def _change(attributes: ProductAnalyticsUpdateConnectionRequestAttributes) -> ProductAnalyticsUpdateConnectionRequest:
    return ProductAnalyticsUpdateConnectionRequest(
        data=ProductAnalyticsUpdateConnectionRequestData(id="crm", attributes=attributes)
    )


async def run(client: AsyncDatadogClient) -> list[str]:
    """Returns the display names of the connection's fields after the changes."""
    added = [
        ProductAnalyticsConnectionField(id="tier", source_name="plan", type_="string", display_name="Tier"),
        ProductAnalyticsConnectionField(id="ltv", source_name="ltv_usd", type_="number", display_name="LTV"),
    ]
    await client.product_analytics.update_connection(
        "users", body=_change(ProductAnalyticsUpdateConnectionRequestAttributes(fields_to_add=added))
    )
    edits = ProductAnalyticsUpdateConnectionRequestAttributes(
        fields_to_update=[ProductAnalyticsConnectionFieldUpdate(field_id="tier", updated_display_name="Plan tier")],
        fields_to_delete=["ltv"],
    )
    await client.product_analytics.update_connection("users", body=_change(edits))
    listed = await client.product_analytics.list_connections("users")
    connections = listed.data.attributes.connections if listed.data and listed.data.attributes else []
    return [str(f.display_name) for c in connections or [] if isinstance(c.fields, list) for f in c.fields]


if __name__ == "__main__":
    from datadog_async.testing import FakeDatadog

    async def main() -> None:
        async with FakeDatadog().client() as client:
            print(await run(client))

    asyncio.run(main())
