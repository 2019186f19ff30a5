from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentIntegrationMetadataSlackChannelItem")


@_attrs_define
class IncidentIntegrationMetadataSlackChannelItem:
    """Item in the Slack integration metadata channel array."""

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
        channel_id = self.channel_id

        channel_name = self.channel_name

        redirect_url = self.redirect_url

        team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_id": channel_id,
                "channel_name": channel_name,
                "redirect_url": redirect_url,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id")

        channel_name = d.pop("channel_name")

        redirect_url = d.pop("redirect_url")

        team_id = d.pop("team_id", UNSET)

        incident_integration_metadata_slack_channel_item = cls(
            channel_id=channel_id,
            channel_name=channel_name,
            redirect_url=redirect_url,
            team_id=team_id,
        )

        incident_integration_metadata_slack_channel_item.additional_properties = d
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
