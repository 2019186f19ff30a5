from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _wrong,
)

T = TypeVar("T", bound="IncidentIntegrationMetadataJiraIssueItem")


@_attrs_define(init=False)
class IncidentIntegrationMetadataJiraIssueItem(DatadogModel):
    """A Jira issue of the integration metadata."""

    account: str
    """ URL of issue's Jira account. """
    project_key: str
    """ Jira issue's project keys. """
    issue_key: str | None
    """ Jira issue's issue key. """
    issuetype_id: str | None
    """ Jira issue's issue type. """
    redirect_url: str | None
    """ URL redirecting to the Jira issue. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        account: str,
        project_key: str,
        issue_key: str | None | Unset = UNSET,
        issuetype_id: str | None | Unset = UNSET,
        redirect_url: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.account = account
        self.project_key = project_key
        _absent = 0
        if type(issue_key) is Unset:
            _absent |= 1
            self.issue_key = None
        else:
            self.issue_key = issue_key
        if type(issuetype_id) is Unset:
            _absent |= 2
            self.issuetype_id = None
        else:
            self.issuetype_id = issuetype_id
        if type(redirect_url) is Unset:
            _absent |= 4
            self.redirect_url = None
        else:
            self.redirect_url = redirect_url
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["account"] = self.account
        field_dict["project_key"] = self.project_key
        if self.issue_key is not None:
            field_dict["issue_key"] = self.issue_key
        elif not self._absent & 1:
            field_dict["issue_key"] = None
        if self.issuetype_id is not None:
            field_dict["issuetype_id"] = self.issuetype_id
        elif not self._absent & 2:
            field_dict["issuetype_id"] = None
        if self.redirect_url is not None:
            field_dict["redirect_url"] = self.redirect_url
        elif not self._absent & 4:
            field_dict["redirect_url"] = None
        if self._raw:  # values of the wrong type, kept as they came (their fields read None)
            for _key, _value in self._raw.items():
                if field_dict.get(_key) is None:
                    field_dict[_key] = _value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _devs: list[Deviation] | None = None
        _raw: dict[str, Any] | None = None
        try:
            account = d["account"]
            project_key = d["project_key"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(account, str):
            raise ModelValidationError.expected("account", "a string", account)
        if not isinstance(project_key, str):
            raise ModelValidationError.expected("project_key", "a string", project_key)
        _absent = 0  # bit i: optional field i is not in the object
        issue_key = d.get("issue_key", UNSET)
        if not isinstance(issue_key, str):
            if issue_key is UNSET:
                _absent |= 1
                issue_key = None
            elif issue_key is not None:
                _devs, _raw = _wrong(_devs, _raw, "issue_key", "a string", issue_key)
                issue_key = None
        issuetype_id = d.get("issuetype_id", UNSET)
        if not isinstance(issuetype_id, str):
            if issuetype_id is UNSET:
                _absent |= 2
                issuetype_id = None
            elif issuetype_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "issuetype_id", "a string", issuetype_id)
                issuetype_id = None
        redirect_url = d.get("redirect_url", UNSET)
        if not isinstance(redirect_url, str):
            if redirect_url is UNSET:
                _absent |= 4
                redirect_url = None
            elif redirect_url is not None:
                _devs, _raw = _wrong(_devs, _raw, "redirect_url", "a string", redirect_url)
                redirect_url = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_integration_metadata_jira_issue_item = object.__new__(cls)
        incident_integration_metadata_jira_issue_item.account = account
        incident_integration_metadata_jira_issue_item.project_key = project_key
        incident_integration_metadata_jira_issue_item.issue_key = issue_key
        incident_integration_metadata_jira_issue_item.issuetype_id = issuetype_id
        incident_integration_metadata_jira_issue_item.redirect_url = redirect_url
        incident_integration_metadata_jira_issue_item._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 5:  # other keys
            incident_integration_metadata_jira_issue_item._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_integration_metadata_jira_issue_item._extra)
        else:
            incident_integration_metadata_jira_issue_item._extra = None
        incident_integration_metadata_jira_issue_item._raw = _raw
        incident_integration_metadata_jira_issue_item._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentIntegrationMetadataJiraIssueItem)


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
