from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentIntegrationMetadataJiraIssueItem")


@_attrs_define
class IncidentIntegrationMetadataJiraIssueItem:
    """Item in the Jira integration metadata issue array."""

    account: str
    """ URL of issue's Jira account. """
    project_key: str
    """ Jira issue's project keys. """
    issue_key: str | Unset = UNSET
    """ Jira issue's issue key. """
    issuetype_id: str | Unset = UNSET
    """ Jira issue's issue type. """
    redirect_url: str | Unset = UNSET
    """ URL redirecting to the Jira issue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        project_key = self.project_key

        issue_key = self.issue_key

        issuetype_id = self.issuetype_id

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "project_key": project_key,
            }
        )
        if issue_key is not UNSET:
            field_dict["issue_key"] = issue_key
        if issuetype_id is not UNSET:
            field_dict["issuetype_id"] = issuetype_id
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        project_key = d.pop("project_key")

        issue_key = d.pop("issue_key", UNSET)

        issuetype_id = d.pop("issuetype_id", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        incident_integration_metadata_jira_issue_item = cls(
            account=account,
            project_key=project_key,
            issue_key=issue_key,
            issuetype_id=issuetype_id,
            redirect_url=redirect_url,
        )

        incident_integration_metadata_jira_issue_item.additional_properties = d
        return incident_integration_metadata_jira_issue_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
