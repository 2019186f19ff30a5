"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562), so importing one endpoint does not import all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_connection_attributes import ActionConnectionAttributes
    from .action_connection_attributes_update import ActionConnectionAttributesUpdate
    from .action_connection_aws_assume_role import ActionConnectionAWSAssumeRole
    from .action_connection_aws_assume_role_type import ActionConnectionAWSAssumeRoleType
    from .action_connection_aws_assume_role_update import ActionConnectionAWSAssumeRoleUpdate
    from .action_connection_aws_integration import ActionConnectionAWSIntegration
    from .action_connection_aws_integration_type import ActionConnectionAWSIntegrationType
    from .action_connection_aws_integration_update import ActionConnectionAWSIntegrationUpdate
    from .action_connection_create_request import ActionConnectionCreateRequest
    from .action_connection_data import ActionConnectionData
    from .action_connection_data_type import ActionConnectionDataType
    from .action_connection_data_update import ActionConnectionDataUpdate
    from .action_connection_http_body import ActionConnectionHTTPBody
    from .action_connection_http_header import ActionConnectionHTTPHeader
    from .action_connection_http_header_update import ActionConnectionHTTPHeaderUpdate
    from .action_connection_http_integration import ActionConnectionHTTPIntegration
    from .action_connection_http_integration_type import ActionConnectionHTTPIntegrationType
    from .action_connection_http_integration_update import ActionConnectionHTTPIntegrationUpdate
    from .action_connection_http_token import ActionConnectionHTTPToken
    from .action_connection_http_token_auth import ActionConnectionHTTPTokenAuth
    from .action_connection_http_token_auth_type import ActionConnectionHTTPTokenAuthType
    from .action_connection_http_token_auth_update import ActionConnectionHTTPTokenAuthUpdate
    from .action_connection_http_token_update import ActionConnectionHTTPTokenUpdate
    from .action_connection_response import ActionConnectionResponse
    from .action_connection_token_type import ActionConnectionTokenType
    from .action_connection_update_request import ActionConnectionUpdateRequest
    from .action_connection_url_param import ActionConnectionUrlParam
    from .action_connection_url_param_update import ActionConnectionUrlParamUpdate
    from .api_error_object import APIErrorObject
    from .api_error_object_meta import APIErrorObjectMeta
    from .api_error_response import APIErrorResponse
    from .api_error_source import APIErrorSource
    from .app_builder_app_definition import AppBuilderAppDefinition
    from .app_builder_app_definition_attributes import AppBuilderAppDefinitionAttributes
    from .app_builder_app_definition_type import AppBuilderAppDefinitionType
    from .app_builder_app_meta import AppBuilderAppMeta
    from .app_builder_app_reference import AppBuilderAppReference
    from .app_builder_app_relationship import AppBuilderAppRelationship
    from .app_builder_app_summary import AppBuilderAppSummary
    from .app_builder_app_summary_attributes import AppBuilderAppSummaryAttributes
    from .app_builder_app_summary_relationships import AppBuilderAppSummaryRelationships
    from .app_builder_component import AppBuilderComponent
    from .app_builder_component_grid import AppBuilderComponentGrid
    from .app_builder_component_grid_properties import AppBuilderComponentGridProperties
    from .app_builder_component_grid_type import AppBuilderComponentGridType
    from .app_builder_component_properties import AppBuilderComponentProperties
    from .app_builder_component_type import AppBuilderComponentType
    from .app_builder_create_app_request import AppBuilderCreateAppRequest
    from .app_builder_create_app_request_attributes import AppBuilderCreateAppRequestAttributes
    from .app_builder_create_app_request_data import AppBuilderCreateAppRequestData
    from .app_builder_create_app_response import AppBuilderCreateAppResponse
    from .app_builder_custom_connection import AppBuilderCustomConnection
    from .app_builder_custom_connection_attributes import AppBuilderCustomConnectionAttributes
    from .app_builder_custom_connection_on_prem_runner import AppBuilderCustomConnectionOnPremRunner
    from .app_builder_custom_connection_type import AppBuilderCustomConnectionType
    from .app_builder_delete_app_response import AppBuilderDeleteAppResponse
    from .app_builder_delete_apps_request import AppBuilderDeleteAppsRequest
    from .app_builder_delete_apps_response import AppBuilderDeleteAppsResponse
    from .app_builder_deployment import AppBuilderDeployment
    from .app_builder_deployment_attributes import AppBuilderDeploymentAttributes
    from .app_builder_deployment_meta import AppBuilderDeploymentMeta
    from .app_builder_deployment_relationship import AppBuilderDeploymentRelationship
    from .app_builder_deployment_relationship_data import AppBuilderDeploymentRelationshipData
    from .app_builder_deployment_type import AppBuilderDeploymentType
    from .app_builder_event import AppBuilderEvent
    from .app_builder_event_name import AppBuilderEventName
    from .app_builder_event_type import AppBuilderEventType
    from .app_builder_get_app_response import AppBuilderGetAppResponse
    from .app_builder_list_apps_meta import AppBuilderListAppsMeta
    from .app_builder_list_apps_page import AppBuilderListAppsPage
    from .app_builder_list_apps_response import AppBuilderListAppsResponse
    from .app_builder_publish_app_response import AppBuilderPublishAppResponse
    from .app_builder_query import AppBuilderQuery
    from .app_builder_query_type import AppBuilderQueryType
    from .app_builder_unpublish_app_response import AppBuilderUnpublishAppResponse
    from .app_builder_update_app_request import AppBuilderUpdateAppRequest
    from .app_builder_update_app_request_attributes import AppBuilderUpdateAppRequestAttributes
    from .app_builder_update_app_request_data import AppBuilderUpdateAppRequestData
    from .app_builder_update_app_response import AppBuilderUpdateAppResponse
    from .incident_attachment_data import IncidentAttachmentData
    from .incident_attachment_link_attachment_type import IncidentAttachmentLinkAttachmentType
    from .incident_attachment_link_attributes import IncidentAttachmentLinkAttributes
    from .incident_attachment_link_attributes_attachment_object import IncidentAttachmentLinkAttributesAttachmentObject
    from .incident_attachment_postmortem_attachment_type import IncidentAttachmentPostmortemAttachmentType
    from .incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes
    from .incident_attachment_postmortem_attributes_attachment_object import (
        IncidentAttachmentPostmortemAttributesAttachmentObject,
    )
    from .incident_attachment_relationships import IncidentAttachmentRelationships
    from .incident_attachment_type import IncidentAttachmentType
    from .incident_attachment_update_data import IncidentAttachmentUpdateData
    from .incident_attachment_update_request import IncidentAttachmentUpdateRequest
    from .incident_attachment_update_response import IncidentAttachmentUpdateResponse
    from .incident_attachments_response import IncidentAttachmentsResponse
    from .incident_create_attributes import IncidentCreateAttributes
    from .incident_create_data import IncidentCreateData
    from .incident_create_relationships import IncidentCreateRelationships
    from .incident_create_request import IncidentCreateRequest
    from .incident_field_attributes_multiple_value import IncidentFieldAttributesMultipleValue
    from .incident_field_attributes_single_value import IncidentFieldAttributesSingleValue
    from .incident_field_attributes_single_value_type import IncidentFieldAttributesSingleValueType
    from .incident_field_attributes_value_type import IncidentFieldAttributesValueType
    from .incident_fields import IncidentFields
    from .incident_integration_metadata_attributes import IncidentIntegrationMetadataAttributes
    from .incident_integration_metadata_create_data import IncidentIntegrationMetadataCreateData
    from .incident_integration_metadata_create_request import IncidentIntegrationMetadataCreateRequest
    from .incident_integration_metadata_jira import IncidentIntegrationMetadataJira
    from .incident_integration_metadata_jira_issue_item import IncidentIntegrationMetadataJiraIssueItem
    from .incident_integration_metadata_list_meta import IncidentIntegrationMetadataListMeta
    from .incident_integration_metadata_list_meta_pagination import IncidentIntegrationMetadataListMetaPagination
    from .incident_integration_metadata_list_response import IncidentIntegrationMetadataListResponse
    from .incident_integration_metadata_patch_data import IncidentIntegrationMetadataPatchData
    from .incident_integration_metadata_patch_request import IncidentIntegrationMetadataPatchRequest
    from .incident_integration_metadata_relationships import IncidentIntegrationMetadataRelationships
    from .incident_integration_metadata_response import IncidentIntegrationMetadataResponse
    from .incident_integration_metadata_response_data import IncidentIntegrationMetadataResponseData
    from .incident_integration_metadata_slack import IncidentIntegrationMetadataSlack
    from .incident_integration_metadata_slack_channel_item import IncidentIntegrationMetadataSlackChannelItem
    from .incident_integration_metadata_type import IncidentIntegrationMetadataType
    from .incident_non_datadog_creator import IncidentNonDatadogCreator
    from .incident_notification_handle import IncidentNotificationHandle
    from .incident_nullable_relationship_to_user import IncidentNullableRelationshipToUser
    from .incident_nullable_relationship_to_user_data import IncidentNullableRelationshipToUserData
    from .incident_related_object import IncidentRelatedObject
    from .incident_relationship_to_attachment_data import IncidentRelationshipToAttachmentData
    from .incident_relationship_to_attachment_data_type import IncidentRelationshipToAttachmentDataType
    from .incident_relationship_to_attachments import IncidentRelationshipToAttachments
    from .incident_relationship_to_impact_data import IncidentRelationshipToImpactData
    from .incident_relationship_to_impact_data_type import IncidentRelationshipToImpactDataType
    from .incident_relationship_to_impacts import IncidentRelationshipToImpacts
    from .incident_relationship_to_integration_data import IncidentRelationshipToIntegrationData
    from .incident_relationship_to_integration_data_type import IncidentRelationshipToIntegrationDataType
    from .incident_relationship_to_integrations import IncidentRelationshipToIntegrations
    from .incident_relationship_to_postmortem import IncidentRelationshipToPostmortem
    from .incident_relationship_to_postmortem_data import IncidentRelationshipToPostmortemData
    from .incident_relationship_to_postmortem_data_type import IncidentRelationshipToPostmortemDataType
    from .incident_relationship_to_responder_data import IncidentRelationshipToResponderData
    from .incident_relationship_to_responder_data_type import IncidentRelationshipToResponderDataType
    from .incident_relationship_to_responders import IncidentRelationshipToResponders
    from .incident_relationship_to_user import IncidentRelationshipToUser
    from .incident_relationship_to_user_data import IncidentRelationshipToUserData
    from .incident_relationship_to_user_defined_field_data import IncidentRelationshipToUserDefinedFieldData
    from .incident_relationship_to_user_defined_field_data_type import IncidentRelationshipToUserDefinedFieldDataType
    from .incident_relationship_to_user_defined_fields import IncidentRelationshipToUserDefinedFields
    from .incident_response import IncidentResponse
    from .incident_response_attributes import IncidentResponseAttributes
    from .incident_response_data import IncidentResponseData
    from .incident_response_meta import IncidentResponseMeta
    from .incident_response_meta_pagination import IncidentResponseMetaPagination
    from .incident_response_relationships import IncidentResponseRelationships
    from .incident_search_response import IncidentSearchResponse
    from .incident_search_response_attributes import IncidentSearchResponseAttributes
    from .incident_search_response_data import IncidentSearchResponseData
    from .incident_search_response_facets_data import IncidentSearchResponseFacetsData
    from .incident_search_response_field_facet_data import IncidentSearchResponseFieldFacetData
    from .incident_search_response_incidents_data import IncidentSearchResponseIncidentsData
    from .incident_search_response_numeric_facet_data import IncidentSearchResponseNumericFacetData
    from .incident_search_response_numeric_facet_data_aggregates import IncidentSearchResponseNumericFacetDataAggregates
    from .incident_search_response_property_field_facet_data import IncidentSearchResponsePropertyFieldFacetData
    from .incident_search_response_user_facet_data import IncidentSearchResponseUserFacetData
    from .incident_search_results_type import IncidentSearchResultsType
    from .incident_search_sort_order import IncidentSearchSortOrder
    from .incident_severity import IncidentSeverity
    from .incident_timeline_cell_markdown_content_type import IncidentTimelineCellMarkdownContentType
    from .incident_timeline_cell_markdown_create_attributes import IncidentTimelineCellMarkdownCreateAttributes
    from .incident_timeline_cell_markdown_create_attributes_content import (
        IncidentTimelineCellMarkdownCreateAttributesContent,
    )
    from .incident_todo_anonymous_assignee import IncidentTodoAnonymousAssignee
    from .incident_todo_anonymous_assignee_source import IncidentTodoAnonymousAssigneeSource
    from .incident_todo_attributes import IncidentTodoAttributes
    from .incident_todo_create_data import IncidentTodoCreateData
    from .incident_todo_create_request import IncidentTodoCreateRequest
    from .incident_todo_list_meta import IncidentTodoListMeta
    from .incident_todo_list_meta_pagination import IncidentTodoListMetaPagination
    from .incident_todo_list_response import IncidentTodoListResponse
    from .incident_todo_patch_data import IncidentTodoPatchData
    from .incident_todo_patch_request import IncidentTodoPatchRequest
    from .incident_todo_relationships import IncidentTodoRelationships
    from .incident_todo_response import IncidentTodoResponse
    from .incident_todo_response_data import IncidentTodoResponseData
    from .incident_todo_type import IncidentTodoType
    from .incident_type import IncidentType
    from .incident_update_attributes import IncidentUpdateAttributes
    from .incident_update_data import IncidentUpdateData
    from .incident_update_relationships import IncidentUpdateRelationships
    from .incident_update_request import IncidentUpdateRequest
    from .incident_user_attributes import IncidentUserAttributes
    from .incident_user_data import IncidentUserData
    from .incident_user_relationship_to_organization import IncidentUserRelationshipToOrganization
    from .incident_user_relationship_to_organization_data import IncidentUserRelationshipToOrganizationData
    from .incident_user_relationship_to_organization_data_type import IncidentUserRelationshipToOrganizationDataType
    from .incident_user_relationship_to_organizations import IncidentUserRelationshipToOrganizations
    from .incident_user_relationship_to_role_data import IncidentUserRelationshipToRoleData
    from .incident_user_relationship_to_role_data_type import IncidentUserRelationshipToRoleDataType
    from .incident_user_relationship_to_roles import IncidentUserRelationshipToRoles
    from .incident_user_relationship_to_users import IncidentUserRelationshipToUsers
    from .incident_user_relationships import IncidentUserRelationships
    from .incident_users_type import IncidentUsersType
    from .incidents_response import IncidentsResponse
    from .jsonapi_error_response import JSONAPIErrorResponse
    from .product_analytics_connection import ProductAnalyticsConnection
    from .product_analytics_connection_field import ProductAnalyticsConnectionField
    from .product_analytics_connection_field_update import ProductAnalyticsConnectionFieldUpdate
    from .product_analytics_connection_join import ProductAnalyticsConnectionJoin
    from .product_analytics_connection_metadata import ProductAnalyticsConnectionMetadata
    from .product_analytics_list_connections_response import ProductAnalyticsListConnectionsResponse
    from .product_analytics_list_connections_response_attributes import (
        ProductAnalyticsListConnectionsResponseAttributes,
    )
    from .product_analytics_list_connections_response_data import ProductAnalyticsListConnectionsResponseData
    from .product_analytics_list_connections_response_data_type import ProductAnalyticsListConnectionsResponseDataType
    from .product_analytics_update_connection_request import ProductAnalyticsUpdateConnectionRequest
    from .product_analytics_update_connection_request_attributes import (
        ProductAnalyticsUpdateConnectionRequestAttributes,
    )
    from .product_analytics_update_connection_request_data import ProductAnalyticsUpdateConnectionRequestData
    from .product_analytics_update_connection_request_data_type import ProductAnalyticsUpdateConnectionRequestDataType

_MODULES: dict[str, str] = {
    "ActionConnectionAttributes": ".action_connection_attributes",
    "ActionConnectionAttributesUpdate": ".action_connection_attributes_update",
    "ActionConnectionAWSAssumeRole": ".action_connection_aws_assume_role",
    "ActionConnectionAWSAssumeRoleType": ".action_connection_aws_assume_role_type",
    "ActionConnectionAWSAssumeRoleUpdate": ".action_connection_aws_assume_role_update",
    "ActionConnectionAWSIntegration": ".action_connection_aws_integration",
    "ActionConnectionAWSIntegrationType": ".action_connection_aws_integration_type",
    "ActionConnectionAWSIntegrationUpdate": ".action_connection_aws_integration_update",
    "ActionConnectionCreateRequest": ".action_connection_create_request",
    "ActionConnectionData": ".action_connection_data",
    "ActionConnectionDataType": ".action_connection_data_type",
    "ActionConnectionDataUpdate": ".action_connection_data_update",
    "ActionConnectionHTTPBody": ".action_connection_http_body",
    "ActionConnectionHTTPHeader": ".action_connection_http_header",
    "ActionConnectionHTTPHeaderUpdate": ".action_connection_http_header_update",
    "ActionConnectionHTTPIntegration": ".action_connection_http_integration",
    "ActionConnectionHTTPIntegrationType": ".action_connection_http_integration_type",
    "ActionConnectionHTTPIntegrationUpdate": ".action_connection_http_integration_update",
    "ActionConnectionHTTPToken": ".action_connection_http_token",
    "ActionConnectionHTTPTokenAuth": ".action_connection_http_token_auth",
    "ActionConnectionHTTPTokenAuthType": ".action_connection_http_token_auth_type",
    "ActionConnectionHTTPTokenAuthUpdate": ".action_connection_http_token_auth_update",
    "ActionConnectionHTTPTokenUpdate": ".action_connection_http_token_update",
    "ActionConnectionResponse": ".action_connection_response",
    "ActionConnectionTokenType": ".action_connection_token_type",
    "ActionConnectionUpdateRequest": ".action_connection_update_request",
    "ActionConnectionUrlParam": ".action_connection_url_param",
    "ActionConnectionUrlParamUpdate": ".action_connection_url_param_update",
    "APIErrorObject": ".api_error_object",
    "APIErrorObjectMeta": ".api_error_object_meta",
    "APIErrorResponse": ".api_error_response",
    "APIErrorSource": ".api_error_source",
    "AppBuilderAppDefinition": ".app_builder_app_definition",
    "AppBuilderAppDefinitionAttributes": ".app_builder_app_definition_attributes",
    "AppBuilderAppDefinitionType": ".app_builder_app_definition_type",
    "AppBuilderAppMeta": ".app_builder_app_meta",
    "AppBuilderAppReference": ".app_builder_app_reference",
    "AppBuilderAppRelationship": ".app_builder_app_relationship",
    "AppBuilderAppSummary": ".app_builder_app_summary",
    "AppBuilderAppSummaryAttributes": ".app_builder_app_summary_attributes",
    "AppBuilderAppSummaryRelationships": ".app_builder_app_summary_relationships",
    "AppBuilderComponent": ".app_builder_component",
    "AppBuilderComponentGrid": ".app_builder_component_grid",
    "AppBuilderComponentGridProperties": ".app_builder_component_grid_properties",
    "AppBuilderComponentGridType": ".app_builder_component_grid_type",
    "AppBuilderComponentProperties": ".app_builder_component_properties",
    "AppBuilderComponentType": ".app_builder_component_type",
    "AppBuilderCreateAppRequest": ".app_builder_create_app_request",
    "AppBuilderCreateAppRequestAttributes": ".app_builder_create_app_request_attributes",
    "AppBuilderCreateAppRequestData": ".app_builder_create_app_request_data",
    "AppBuilderCreateAppResponse": ".app_builder_create_app_response",
    "AppBuilderCustomConnection": ".app_builder_custom_connection",
    "AppBuilderCustomConnectionAttributes": ".app_builder_custom_connection_attributes",
    "AppBuilderCustomConnectionOnPremRunner": ".app_builder_custom_connection_on_prem_runner",
    "AppBuilderCustomConnectionType": ".app_builder_custom_connection_type",
    "AppBuilderDeleteAppResponse": ".app_builder_delete_app_response",
    "AppBuilderDeleteAppsRequest": ".app_builder_delete_apps_request",
    "AppBuilderDeleteAppsResponse": ".app_builder_delete_apps_response",
    "AppBuilderDeployment": ".app_builder_deployment",
    "AppBuilderDeploymentAttributes": ".app_builder_deployment_attributes",
    "AppBuilderDeploymentMeta": ".app_builder_deployment_meta",
    "AppBuilderDeploymentRelationship": ".app_builder_deployment_relationship",
    "AppBuilderDeploymentRelationshipData": ".app_builder_deployment_relationship_data",
    "AppBuilderDeploymentType": ".app_builder_deployment_type",
    "AppBuilderEvent": ".app_builder_event",
    "AppBuilderEventName": ".app_builder_event_name",
    "AppBuilderEventType": ".app_builder_event_type",
    "AppBuilderGetAppResponse": ".app_builder_get_app_response",
    "AppBuilderListAppsMeta": ".app_builder_list_apps_meta",
    "AppBuilderListAppsPage": ".app_builder_list_apps_page",
    "AppBuilderListAppsResponse": ".app_builder_list_apps_response",
    "AppBuilderPublishAppResponse": ".app_builder_publish_app_response",
    "AppBuilderQuery": ".app_builder_query",
    "AppBuilderQueryType": ".app_builder_query_type",
    "AppBuilderUnpublishAppResponse": ".app_builder_unpublish_app_response",
    "AppBuilderUpdateAppRequest": ".app_builder_update_app_request",
    "AppBuilderUpdateAppRequestAttributes": ".app_builder_update_app_request_attributes",
    "AppBuilderUpdateAppRequestData": ".app_builder_update_app_request_data",
    "AppBuilderUpdateAppResponse": ".app_builder_update_app_response",
    "IncidentAttachmentData": ".incident_attachment_data",
    "IncidentAttachmentLinkAttachmentType": ".incident_attachment_link_attachment_type",
    "IncidentAttachmentLinkAttributes": ".incident_attachment_link_attributes",
    "IncidentAttachmentLinkAttributesAttachmentObject": ".incident_attachment_link_attributes_attachment_object",
    "IncidentAttachmentPostmortemAttachmentType": ".incident_attachment_postmortem_attachment_type",
    "IncidentAttachmentPostmortemAttributes": ".incident_attachment_postmortem_attributes",
    "IncidentAttachmentPostmortemAttributesAttachmentObject": ".incident_attachment_postmortem_attributes_attachment_object",
    "IncidentAttachmentRelationships": ".incident_attachment_relationships",
    "IncidentAttachmentType": ".incident_attachment_type",
    "IncidentAttachmentUpdateData": ".incident_attachment_update_data",
    "IncidentAttachmentUpdateRequest": ".incident_attachment_update_request",
    "IncidentAttachmentUpdateResponse": ".incident_attachment_update_response",
    "IncidentAttachmentsResponse": ".incident_attachments_response",
    "IncidentCreateAttributes": ".incident_create_attributes",
    "IncidentCreateData": ".incident_create_data",
    "IncidentCreateRelationships": ".incident_create_relationships",
    "IncidentCreateRequest": ".incident_create_request",
    "IncidentFieldAttributesMultipleValue": ".incident_field_attributes_multiple_value",
    "IncidentFieldAttributesSingleValue": ".incident_field_attributes_single_value",
    "IncidentFieldAttributesSingleValueType": ".incident_field_attributes_single_value_type",
    "IncidentFieldAttributesValueType": ".incident_field_attributes_value_type",
    "IncidentFields": ".incident_fields",
    "IncidentIntegrationMetadataAttributes": ".incident_integration_metadata_attributes",
    "IncidentIntegrationMetadataCreateData": ".incident_integration_metadata_create_data",
    "IncidentIntegrationMetadataCreateRequest": ".incident_integration_metadata_create_request",
    "IncidentIntegrationMetadataJira": ".incident_integration_metadata_jira",
    "IncidentIntegrationMetadataJiraIssueItem": ".incident_integration_metadata_jira_issue_item",
    "IncidentIntegrationMetadataListMeta": ".incident_integration_metadata_list_meta",
    "IncidentIntegrationMetadataListMetaPagination": ".incident_integration_metadata_list_meta_pagination",
    "IncidentIntegrationMetadataListResponse": ".incident_integration_metadata_list_response",
    "IncidentIntegrationMetadataPatchData": ".incident_integration_metadata_patch_data",
    "IncidentIntegrationMetadataPatchRequest": ".incident_integration_metadata_patch_request",
    "IncidentIntegrationMetadataRelationships": ".incident_integration_metadata_relationships",
    "IncidentIntegrationMetadataResponse": ".incident_integration_metadata_response",
    "IncidentIntegrationMetadataResponseData": ".incident_integration_metadata_response_data",
    "IncidentIntegrationMetadataSlack": ".incident_integration_metadata_slack",
    "IncidentIntegrationMetadataSlackChannelItem": ".incident_integration_metadata_slack_channel_item",
    "IncidentIntegrationMetadataType": ".incident_integration_metadata_type",
    "IncidentNonDatadogCreator": ".incident_non_datadog_creator",
    "IncidentNotificationHandle": ".incident_notification_handle",
    "IncidentNullableRelationshipToUser": ".incident_nullable_relationship_to_user",
    "IncidentNullableRelationshipToUserData": ".incident_nullable_relationship_to_user_data",
    "IncidentRelatedObject": ".incident_related_object",
    "IncidentRelationshipToAttachmentData": ".incident_relationship_to_attachment_data",
    "IncidentRelationshipToAttachmentDataType": ".incident_relationship_to_attachment_data_type",
    "IncidentRelationshipToAttachments": ".incident_relationship_to_attachments",
    "IncidentRelationshipToImpactData": ".incident_relationship_to_impact_data",
    "IncidentRelationshipToImpactDataType": ".incident_relationship_to_impact_data_type",
    "IncidentRelationshipToImpacts": ".incident_relationship_to_impacts",
    "IncidentRelationshipToIntegrationData": ".incident_relationship_to_integration_data",
    "IncidentRelationshipToIntegrationDataType": ".incident_relationship_to_integration_data_type",
    "IncidentRelationshipToIntegrations": ".incident_relationship_to_integrations",
    "IncidentRelationshipToPostmortem": ".incident_relationship_to_postmortem",
    "IncidentRelationshipToPostmortemData": ".incident_relationship_to_postmortem_data",
    "IncidentRelationshipToPostmortemDataType": ".incident_relationship_to_postmortem_data_type",
    "IncidentRelationshipToResponderData": ".incident_relationship_to_responder_data",
    "IncidentRelationshipToResponderDataType": ".incident_relationship_to_responder_data_type",
    "IncidentRelationshipToResponders": ".incident_relationship_to_responders",
    "IncidentRelationshipToUser": ".incident_relationship_to_user",
    "IncidentRelationshipToUserData": ".incident_relationship_to_user_data",
    "IncidentRelationshipToUserDefinedFieldData": ".incident_relationship_to_user_defined_field_data",
    "IncidentRelationshipToUserDefinedFieldDataType": ".incident_relationship_to_user_defined_field_data_type",
    "IncidentRelationshipToUserDefinedFields": ".incident_relationship_to_user_defined_fields",
    "IncidentResponse": ".incident_response",
    "IncidentResponseAttributes": ".incident_response_attributes",
    "IncidentResponseData": ".incident_response_data",
    "IncidentResponseMeta": ".incident_response_meta",
    "IncidentResponseMetaPagination": ".incident_response_meta_pagination",
    "IncidentResponseRelationships": ".incident_response_relationships",
    "IncidentSearchResponse": ".incident_search_response",
    "IncidentSearchResponseAttributes": ".incident_search_response_attributes",
    "IncidentSearchResponseData": ".incident_search_response_data",
    "IncidentSearchResponseFacetsData": ".incident_search_response_facets_data",
    "IncidentSearchResponseFieldFacetData": ".incident_search_response_field_facet_data",
    "IncidentSearchResponseIncidentsData": ".incident_search_response_incidents_data",
    "IncidentSearchResponseNumericFacetData": ".incident_search_response_numeric_facet_data",
    "IncidentSearchResponseNumericFacetDataAggregates": ".incident_search_response_numeric_facet_data_aggregates",
    "IncidentSearchResponsePropertyFieldFacetData": ".incident_search_response_property_field_facet_data",
    "IncidentSearchResponseUserFacetData": ".incident_search_response_user_facet_data",
    "IncidentSearchResultsType": ".incident_search_results_type",
    "IncidentSearchSortOrder": ".incident_search_sort_order",
    "IncidentSeverity": ".incident_severity",
    "IncidentTimelineCellMarkdownContentType": ".incident_timeline_cell_markdown_content_type",
    "IncidentTimelineCellMarkdownCreateAttributes": ".incident_timeline_cell_markdown_create_attributes",
    "IncidentTimelineCellMarkdownCreateAttributesContent": ".incident_timeline_cell_markdown_create_attributes_content",
    "IncidentTodoAnonymousAssignee": ".incident_todo_anonymous_assignee",
    "IncidentTodoAnonymousAssigneeSource": ".incident_todo_anonymous_assignee_source",
    "IncidentTodoAttributes": ".incident_todo_attributes",
    "IncidentTodoCreateData": ".incident_todo_create_data",
    "IncidentTodoCreateRequest": ".incident_todo_create_request",
    "IncidentTodoListMeta": ".incident_todo_list_meta",
    "IncidentTodoListMetaPagination": ".incident_todo_list_meta_pagination",
    "IncidentTodoListResponse": ".incident_todo_list_response",
    "IncidentTodoPatchData": ".incident_todo_patch_data",
    "IncidentTodoPatchRequest": ".incident_todo_patch_request",
    "IncidentTodoRelationships": ".incident_todo_relationships",
    "IncidentTodoResponse": ".incident_todo_response",
    "IncidentTodoResponseData": ".incident_todo_response_data",
    "IncidentTodoType": ".incident_todo_type",
    "IncidentType": ".incident_type",
    "IncidentUpdateAttributes": ".incident_update_attributes",
    "IncidentUpdateData": ".incident_update_data",
    "IncidentUpdateRelationships": ".incident_update_relationships",
    "IncidentUpdateRequest": ".incident_update_request",
    "IncidentUserAttributes": ".incident_user_attributes",
    "IncidentUserData": ".incident_user_data",
    "IncidentUserRelationshipToOrganization": ".incident_user_relationship_to_organization",
    "IncidentUserRelationshipToOrganizationData": ".incident_user_relationship_to_organization_data",
    "IncidentUserRelationshipToOrganizationDataType": ".incident_user_relationship_to_organization_data_type",
    "IncidentUserRelationshipToOrganizations": ".incident_user_relationship_to_organizations",
    "IncidentUserRelationshipToRoleData": ".incident_user_relationship_to_role_data",
    "IncidentUserRelationshipToRoleDataType": ".incident_user_relationship_to_role_data_type",
    "IncidentUserRelationshipToRoles": ".incident_user_relationship_to_roles",
    "IncidentUserRelationshipToUsers": ".incident_user_relationship_to_users",
    "IncidentUserRelationships": ".incident_user_relationships",
    "IncidentUsersType": ".incident_users_type",
    "IncidentsResponse": ".incidents_response",
    "JSONAPIErrorResponse": ".jsonapi_error_response",
    "ProductAnalyticsConnection": ".product_analytics_connection",
    "ProductAnalyticsConnectionField": ".product_analytics_connection_field",
    "ProductAnalyticsConnectionFieldUpdate": ".product_analytics_connection_field_update",
    "ProductAnalyticsConnectionJoin": ".product_analytics_connection_join",
    "ProductAnalyticsConnectionMetadata": ".product_analytics_connection_metadata",
    "ProductAnalyticsListConnectionsResponse": ".product_analytics_list_connections_response",
    "ProductAnalyticsListConnectionsResponseAttributes": ".product_analytics_list_connections_response_attributes",
    "ProductAnalyticsListConnectionsResponseData": ".product_analytics_list_connections_response_data",
    "ProductAnalyticsListConnectionsResponseDataType": ".product_analytics_list_connections_response_data_type",
    "ProductAnalyticsUpdateConnectionRequest": ".product_analytics_update_connection_request",
    "ProductAnalyticsUpdateConnectionRequestAttributes": ".product_analytics_update_connection_request_attributes",
    "ProductAnalyticsUpdateConnectionRequestData": ".product_analytics_update_connection_request_data",
    "ProductAnalyticsUpdateConnectionRequestDataType": ".product_analytics_update_connection_request_data_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "ActionConnectionAttributes",
    "ActionConnectionAttributesUpdate",
    "ActionConnectionAWSAssumeRole",
    "ActionConnectionAWSAssumeRoleType",
    "ActionConnectionAWSAssumeRoleUpdate",
    "ActionConnectionAWSIntegration",
    "ActionConnectionAWSIntegrationType",
    "ActionConnectionAWSIntegrationUpdate",
    "ActionConnectionCreateRequest",
    "ActionConnectionData",
    "ActionConnectionDataType",
    "ActionConnectionDataUpdate",
    "ActionConnectionHTTPBody",
    "ActionConnectionHTTPHeader",
    "ActionConnectionHTTPHeaderUpdate",
    "ActionConnectionHTTPIntegration",
    "ActionConnectionHTTPIntegrationType",
    "ActionConnectionHTTPIntegrationUpdate",
    "ActionConnectionHTTPToken",
    "ActionConnectionHTTPTokenAuth",
    "ActionConnectionHTTPTokenAuthType",
    "ActionConnectionHTTPTokenAuthUpdate",
    "ActionConnectionHTTPTokenUpdate",
    "ActionConnectionResponse",
    "ActionConnectionTokenType",
    "ActionConnectionUpdateRequest",
    "ActionConnectionUrlParam",
    "ActionConnectionUrlParamUpdate",
    "APIErrorObject",
    "APIErrorObjectMeta",
    "APIErrorResponse",
    "APIErrorSource",
    "AppBuilderAppDefinition",
    "AppBuilderAppDefinitionAttributes",
    "AppBuilderAppDefinitionType",
    "AppBuilderAppMeta",
    "AppBuilderAppReference",
    "AppBuilderAppRelationship",
    "AppBuilderAppSummary",
    "AppBuilderAppSummaryAttributes",
    "AppBuilderAppSummaryRelationships",
    "AppBuilderComponent",
    "AppBuilderComponentGrid",
    "AppBuilderComponentGridProperties",
    "AppBuilderComponentGridType",
    "AppBuilderComponentProperties",
    "AppBuilderComponentType",
    "AppBuilderCreateAppRequest",
    "AppBuilderCreateAppRequestAttributes",
    "AppBuilderCreateAppRequestData",
    "AppBuilderCreateAppResponse",
    "AppBuilderCustomConnection",
    "AppBuilderCustomConnectionAttributes",
    "AppBuilderCustomConnectionOnPremRunner",
    "AppBuilderCustomConnectionType",
    "AppBuilderDeleteAppResponse",
    "AppBuilderDeleteAppsRequest",
    "AppBuilderDeleteAppsResponse",
    "AppBuilderDeployment",
    "AppBuilderDeploymentAttributes",
    "AppBuilderDeploymentMeta",
    "AppBuilderDeploymentRelationship",
    "AppBuilderDeploymentRelationshipData",
    "AppBuilderDeploymentType",
    "AppBuilderEvent",
    "AppBuilderEventName",
    "AppBuilderEventType",
    "AppBuilderGetAppResponse",
    "AppBuilderListAppsMeta",
    "AppBuilderListAppsPage",
    "AppBuilderListAppsResponse",
    "AppBuilderPublishAppResponse",
    "AppBuilderQuery",
    "AppBuilderQueryType",
    "AppBuilderUnpublishAppResponse",
    "AppBuilderUpdateAppRequest",
    "AppBuilderUpdateAppRequestAttributes",
    "AppBuilderUpdateAppRequestData",
    "AppBuilderUpdateAppResponse",
    "IncidentAttachmentData",
    "IncidentAttachmentLinkAttachmentType",
    "IncidentAttachmentLinkAttributes",
    "IncidentAttachmentLinkAttributesAttachmentObject",
    "IncidentAttachmentPostmortemAttachmentType",
    "IncidentAttachmentPostmortemAttributes",
    "IncidentAttachmentPostmortemAttributesAttachmentObject",
    "IncidentAttachmentRelationships",
    "IncidentAttachmentsResponse",
    "IncidentAttachmentType",
    "IncidentAttachmentUpdateData",
    "IncidentAttachmentUpdateRequest",
    "IncidentAttachmentUpdateResponse",
    "IncidentCreateAttributes",
    "IncidentCreateData",
    "IncidentCreateRelationships",
    "IncidentCreateRequest",
    "IncidentFieldAttributesMultipleValue",
    "IncidentFieldAttributesSingleValue",
    "IncidentFieldAttributesSingleValueType",
    "IncidentFieldAttributesValueType",
    "IncidentFields",
    "IncidentIntegrationMetadataAttributes",
    "IncidentIntegrationMetadataCreateData",
    "IncidentIntegrationMetadataCreateRequest",
    "IncidentIntegrationMetadataJira",
    "IncidentIntegrationMetadataJiraIssueItem",
    "IncidentIntegrationMetadataListMeta",
    "IncidentIntegrationMetadataListMetaPagination",
    "IncidentIntegrationMetadataListResponse",
    "IncidentIntegrationMetadataPatchData",
    "IncidentIntegrationMetadataPatchRequest",
    "IncidentIntegrationMetadataRelationships",
    "IncidentIntegrationMetadataResponse",
    "IncidentIntegrationMetadataResponseData",
    "IncidentIntegrationMetadataSlack",
    "IncidentIntegrationMetadataSlackChannelItem",
    "IncidentIntegrationMetadataType",
    "IncidentNonDatadogCreator",
    "IncidentNotificationHandle",
    "IncidentNullableRelationshipToUser",
    "IncidentNullableRelationshipToUserData",
    "IncidentRelatedObject",
    "IncidentRelationshipToAttachmentData",
    "IncidentRelationshipToAttachmentDataType",
    "IncidentRelationshipToAttachments",
    "IncidentRelationshipToImpactData",
    "IncidentRelationshipToImpactDataType",
    "IncidentRelationshipToImpacts",
    "IncidentRelationshipToIntegrationData",
    "IncidentRelationshipToIntegrationDataType",
    "IncidentRelationshipToIntegrations",
    "IncidentRelationshipToPostmortem",
    "IncidentRelationshipToPostmortemData",
    "IncidentRelationshipToPostmortemDataType",
    "IncidentRelationshipToResponderData",
    "IncidentRelationshipToResponderDataType",
    "IncidentRelationshipToResponders",
    "IncidentRelationshipToUser",
    "IncidentRelationshipToUserData",
    "IncidentRelationshipToUserDefinedFieldData",
    "IncidentRelationshipToUserDefinedFieldDataType",
    "IncidentRelationshipToUserDefinedFields",
    "IncidentResponse",
    "IncidentResponseAttributes",
    "IncidentResponseData",
    "IncidentResponseMeta",
    "IncidentResponseMetaPagination",
    "IncidentResponseRelationships",
    "IncidentSearchResponse",
    "IncidentSearchResponseAttributes",
    "IncidentSearchResponseData",
    "IncidentSearchResponseFacetsData",
    "IncidentSearchResponseFieldFacetData",
    "IncidentSearchResponseIncidentsData",
    "IncidentSearchResponseNumericFacetData",
    "IncidentSearchResponseNumericFacetDataAggregates",
    "IncidentSearchResponsePropertyFieldFacetData",
    "IncidentSearchResponseUserFacetData",
    "IncidentSearchResultsType",
    "IncidentSearchSortOrder",
    "IncidentSeverity",
    "IncidentsResponse",
    "IncidentTimelineCellMarkdownContentType",
    "IncidentTimelineCellMarkdownCreateAttributes",
    "IncidentTimelineCellMarkdownCreateAttributesContent",
    "IncidentTodoAnonymousAssignee",
    "IncidentTodoAnonymousAssigneeSource",
    "IncidentTodoAttributes",
    "IncidentTodoCreateData",
    "IncidentTodoCreateRequest",
    "IncidentTodoListMeta",
    "IncidentTodoListMetaPagination",
    "IncidentTodoListResponse",
    "IncidentTodoPatchData",
    "IncidentTodoPatchRequest",
    "IncidentTodoRelationships",
    "IncidentTodoResponse",
    "IncidentTodoResponseData",
    "IncidentTodoType",
    "IncidentType",
    "IncidentUpdateAttributes",
    "IncidentUpdateData",
    "IncidentUpdateRelationships",
    "IncidentUpdateRequest",
    "IncidentUserAttributes",
    "IncidentUserData",
    "IncidentUserRelationships",
    "IncidentUserRelationshipToOrganization",
    "IncidentUserRelationshipToOrganizationData",
    "IncidentUserRelationshipToOrganizationDataType",
    "IncidentUserRelationshipToOrganizations",
    "IncidentUserRelationshipToRoleData",
    "IncidentUserRelationshipToRoleDataType",
    "IncidentUserRelationshipToRoles",
    "IncidentUserRelationshipToUsers",
    "IncidentUsersType",
    "JSONAPIErrorResponse",
    "ProductAnalyticsConnection",
    "ProductAnalyticsConnectionField",
    "ProductAnalyticsConnectionFieldUpdate",
    "ProductAnalyticsConnectionJoin",
    "ProductAnalyticsConnectionMetadata",
    "ProductAnalyticsListConnectionsResponse",
    "ProductAnalyticsListConnectionsResponseAttributes",
    "ProductAnalyticsListConnectionsResponseData",
    "ProductAnalyticsListConnectionsResponseDataType",
    "ProductAnalyticsUpdateConnectionRequest",
    "ProductAnalyticsUpdateConnectionRequestAttributes",
    "ProductAnalyticsUpdateConnectionRequestData",
    "ProductAnalyticsUpdateConnectionRequestDataType",
)
