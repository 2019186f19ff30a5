"""Typed paging with the async client: what mypy --strict accepts and refuses."""

from datadog_async import AsyncDatadogClient, iter_pages, paginate
from datadog_async.api.app_builder import list_apps
from datadog_async.api.incidents import get_incident, list_incidents, search_incidents


async def main(client: AsyncDatadogClient) -> None:
    async for incident in paginate(list_incidents, client=client, page_size=100):
        reveal_type(incident)  # N: Revealed type is "datadog_async.models.incident_response_data.IncidentResponseData"
    async for found in paginate(search_incidents, client=client, query="state:active"):
        reveal_type(found)  # N: Revealed type is "datadog_async.models.incident_search_response_incidents_data.IncidentSearchResponseIncidentsData"
    async for page in iter_pages(list_apps, client=client, limit=10):
        reveal_type(page)  # N: Revealed type is "datadog_async.models.app_builder_list_apps_response.AppBuilderListAppsResponse"
    paginate(list_incidents, client=client, page_sise=100)  # E: No overload variant of "paginate" matches
    paginate(search_incidents, client=client)  # E: to "paginate"
    paginate(get_incident, client=client)  # E: incompatible type Module
    for _sync_item in paginate(list_incidents, client=client):  # E: has no attribute "__iter__"
        pass
    async for item in client.incidents.list_incidents.paginate(page_size=10, max_items=50):
        reveal_type(item)  # N: Revealed type is "datadog_async.models.incident_response_data.IncidentResponseData"
    async for hit in client.incidents.search_incidents.paginate(query="state:active"):
        reveal_type(hit)  # N: Revealed type is "datadog_async.models.incident_search_response_incidents_data.IncidentSearchResponseIncidentsData"
    client.incidents.search_incidents.paginate()  # E: Missing named argument "query"
    client.incidents.list_incidents.paginate(page_sise=1)  # E: Unexpected keyword argument "page_sise"
    one_page = await client.incidents.list_incidents(page_size=10)
    reveal_type(one_page)  # N: Revealed type is "datadog_async.models.incidents_response.IncidentsResponse"
    client.incidents.get_incident.paginate()  # E: has no attribute "paginate"
