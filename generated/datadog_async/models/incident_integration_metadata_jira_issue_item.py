from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentIntegrationMetadataJiraIssueItem")


@_attrs_define
class IncidentIntegrationMetadataJiraIssueItem:
    """A Jira issue of the integration metadata."""

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["account"] = self.account
        field_dict["project_key"] = self.project_key
        if not isinstance(self.issue_key, Unset):
            field_dict["issue_key"] = self.issue_key
        if not isinstance(self.issuetype_id, Unset):
            field_dict["issuetype_id"] = self.issuetype_id
        if not isinstance(self.redirect_url, Unset):
            field_dict["redirect_url"] = self.redirect_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            account = d["account"]
            project_key = d["project_key"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(account, str):
            raise ModelValidationError.expected("account", "a string", account)
        if not isinstance(project_key, str):
            raise ModelValidationError.expected("project_key", "a string", project_key)
        _absent = 0  # optional fields not in the object
        issue_key = d.get("issue_key", UNSET)
        if not isinstance(issue_key, str):
            if issue_key is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("issue_key", "a string", issue_key)
        issuetype_id = d.get("issuetype_id", UNSET)
        if not isinstance(issuetype_id, str):
            if issuetype_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("issuetype_id", "a string", issuetype_id)
        redirect_url = d.get("redirect_url", UNSET)
        if not isinstance(redirect_url, str):
            if redirect_url is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("redirect_url", "a string", redirect_url)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_integration_metadata_jira_issue_item = cls(
            account,
            project_key,
            issue_key,
            issuetype_id,
            redirect_url,
        )
        if len(d) + _absent > 5:  # keys other than the fields above
            incident_integration_metadata_jira_issue_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "account",
        "project_key",
        "issue_key",
        "issuetype_id",
        "redirect_url",
    }
)
