from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.incident_integration_metadata_jira_issue_item import IncidentIntegrationMetadataJiraIssueItem


T = TypeVar("T", bound="IncidentIntegrationMetadataJira")


@_attrs_define
class IncidentIntegrationMetadataJira:
    """Incident integration metadata for the Jira integration."""

    issues: list[IncidentIntegrationMetadataJiraIssueItem]
    """ Array of Jira issues in this integration metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issues = []
        for issues_item_data in self.issues:
            issues_item = issues_item_data.to_dict()
            issues.append(issues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issues": issues,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_integration_metadata_jira_issue_item import IncidentIntegrationMetadataJiraIssueItem  # noqa: PLC0415

        d = dict(src_dict)
        issues = []
        _issues = d.pop("issues")
        for issues_item_data in _issues:
            issues_item = IncidentIntegrationMetadataJiraIssueItem.from_dict(issues_item_data)

            issues.append(issues_item)

        incident_integration_metadata_jira = cls(
            issues=issues,
        )

        incident_integration_metadata_jira.additional_properties = d
        return incident_integration_metadata_jira

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
