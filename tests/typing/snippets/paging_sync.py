"""Typed paging with the sync client: a plain iterator of the same item types."""

from datadog_async import DatadogClient, iter_pages, paginate
from datadog_async.api.incidents import list_incidents


def main(client: DatadogClient) -> None:
    for incident in paginate(list_incidents, client=client, page_size=100):
        reveal_type(incident)  # N: Revealed type is "datadog_async.models.incident_response_data.IncidentResponseData"
    for page in iter_pages(list_incidents, client=client):
        reveal_type(page)  # N: Revealed type is "datadog_async.models.incidents_response.IncidentsResponse"
    for item in client.incidents.list_incidents.paginate(page_size=10):
        reveal_type(item)  # N: Revealed type is "datadog_async.models.incident_response_data.IncidentResponseData"
    paginate(list_incidents, client=client, page_size="100")  # E: No overload variant of "paginate" matches
    client.incidents.list_incidents.paginate().__aiter__()  # E: has no attribute "__aiter__"
