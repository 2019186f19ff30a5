"""Functions run in worker processes (importable by name, as a process pool needs)."""

from __future__ import annotations

from datadog_async import DatadogClient
from datadog_async.api.action_connection import get_action_connection
from reliability.support import SECRET_API, SECRET_APP


def fetch_connection(base_url: str, connection_id: str) -> str:
    """Get a connection in this process; whatever the SDK raises travels back to the parent pickled."""
    with DatadogClient(api_key=SECRET_API, app_key=SECRET_APP, base_url=base_url, max_retries=0) as client:
        return repr(get_action_connection.sync(connection_id, client=client))
