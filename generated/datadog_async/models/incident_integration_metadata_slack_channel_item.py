from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentIntegrationMetadataSlackChannelItem")


@_attrs_define
class IncidentIntegrationMetadataSlackChannelItem:
    """A Slack channel of the integration metadata."""

    channel_id: str
    """ Slack channel ID. """
    channel_name: str
    """ Name of the Slack channel. """
    redirect_url: str
    """ URL redirecting to the Slack channel. """
    team_id: str | Unset = UNSET
    """ Slack team ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["channel_id"] = self.channel_id
        field_dict["channel_name"] = self.channel_name
        field_dict["redirect_url"] = self.redirect_url
        if not isinstance(self.team_id, Unset):
            field_dict["team_id"] = self.team_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            channel_id = d["channel_id"]
            channel_name = d["channel_name"]
            redirect_url = d["redirect_url"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(channel_id, str):
            raise ModelValidationError.expected("channel_id", "a string", channel_id)
        if not isinstance(channel_name, str):
            raise ModelValidationError.expected("channel_name", "a string", channel_name)
        if not isinstance(redirect_url, str):
            raise ModelValidationError.expected("redirect_url", "a string", redirect_url)
        _absent = 0  # optional fields not in the object
        team_id = d.get("team_id", UNSET)
        if not isinstance(team_id, str):
            if team_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("team_id", "a string", team_id)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_integration_metadata_slack_channel_item = cls(
            channel_id,
            channel_name,
            redirect_url,
            team_id,
        )
        if len(d) + _absent > 4:  # keys other than the fields above
            incident_integration_metadata_slack_channel_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_integration_metadata_slack_channel_item

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
        "channel_id",
        "channel_name",
        "redirect_url",
        "team_id",
    }
)
