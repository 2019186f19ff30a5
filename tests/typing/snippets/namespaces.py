"""The namespaces carry the functions' types: parameters, return types, sync versus async."""

from datadog_async import AsyncDatadogClient, DatadogClient
from datadog_async.api.incidents import list_incidents


async def main(aclient: AsyncDatadogClient, client: DatadogClient) -> None:
    incident = await aclient.incidents.get_incident("abc")
    reveal_type(incident)  # N: Revealed type is "datadog_async.models.incident_response.IncidentResponse"
    reveal_type(client.app_builder.get_app)  # N: -> datadog_async.models.app_builder_get_app_response.AppBuilderGetAppResponse
    client.incidents.get_incident(123)  # E: Argument 1 to "get_incident" of "IncidentsApi" has incompatible type "int"
    client.incidents.get_incident("abc", includes=["users"])  # E: Unexpected keyword argument "includes"
    await client.incidents.get_incident("abc")  # E: Incompatible types in "await" (actual type "IncidentResponse"
    aclient.incidents.delete_incident("abc")  # E: Value of type "Coroutine[Any, Any, None]" must be used
    client.send  # E: has no attribute "send"
    list_incidents.sync(client=aclient)  # E: incompatible type "AsyncDatadogClient"; expected "SyncClient"
