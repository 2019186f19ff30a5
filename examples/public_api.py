"""Every public name of datadog_async in one typed script (checked by `mypy --strict` in `make lint`).

Run against the fake: python examples/public_api.py --base-url http://127.0.0.1:8126
"""

from __future__ import annotations

import argparse
import asyncio

from datadog_async import (
    OPERATIONS,
    SITES,
    UNSTABLE_OPERATIONS,
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AsyncDatadogClient,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    DatadogError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
    UnstableOperationError,
    __version__,
    iter_pages,
    paginate,
)
from datadog_async.api.app_builder import list_apps
from datadog_async.api.incidents import get_incident, list_incidents
from datadog_async.models import AppBuilderListAppsResponse, IncidentsResponse


def describe(error: DatadogError) -> str:
    """One line per failure family: what a service would log or alert on."""
    if isinstance(error, UnstableOperationError):
        return f"not enabled: {error.operation}"
    if isinstance(error, RateLimitError):
        return f"rate limited by {error.name}: retry in {error.reset}s"
    if isinstance(error, NotFoundError | ConflictError | BadRequestError):
        return f"{error.status_code} {error.errors}"
    if isinstance(error, AuthenticationError | ForbiddenError):
        return f"check the keys' scopes: {error.status_code}"
    if isinstance(error, ServerError):
        return f"Datadog failed: {error.status_code}"
    if isinstance(error, ApiError):
        return f"{error.method} {error.url}: {error.status_code}"
    if isinstance(error, ApiTimeoutError):
        return f"timed out: {error.operation}"
    if isinstance(error, ApiConnectionError):
        return f"no response: {error.operation}"
    if isinstance(error, ResponseValidationError):
        return f"unexpected body at {error.path}"
    if isinstance(error, ClientClosedError):
        return "client closed"
    return str(error)


async def run(client: AsyncDatadogClient) -> list[str]:
    """Page incidents and apps, then show how a failure reads; returns the lines it would print."""
    lines = [f"datadog-async {__version__}: {len(OPERATIONS)} operations, {len(UNSTABLE_OPERATIONS)} unstable"]
    lines.append(f"sites: {', '.join(SITES)}; default retries: {RetryPolicy().max_retries}")
    first: IncidentsResponse = await list_incidents.asyncio(client=client, page_size=25)
    lines.append(f"first page: {len(first.data)} incidents")
    count = 0
    async for _incident in paginate(list_incidents, client=client, page_size=100, max_items=300):
        count += 1
    pages: list[AppBuilderListAppsResponse] = [page async for page in iter_pages(list_apps, client=client, limit=50)]
    lines.append(f"{count} incidents; {len(pages)} page(s) of apps")
    try:
        await get_incident.asyncio("missing", client=client)
    except DatadogError as error:
        lines.append(describe(error))
    return lines


async def main(base_url: str) -> None:
    enabled = {"list_incidents", "get_incident"}
    async with AsyncDatadogClient(base_url=base_url, api_key="k", app_key="a", unstable_operations=enabled) as client:
        print("\n".join(await run(client)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", default="http://127.0.0.1:8126")
    asyncio.run(main(parser.parse_args().base_url))
