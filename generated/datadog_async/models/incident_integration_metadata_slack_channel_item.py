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

T = TypeVar("T", bound="IncidentIntegrationMetadataSlackChannelItem")


@_attrs_define(init=False)
class IncidentIntegrationMetadataSlackChannelItem(DatadogModel):
    """A Slack channel of the integration metadata."""

    channel_id: str
    """ Slack channel ID. """
    channel_name: str
    """ Name of the Slack channel. """
    redirect_url: str
    """ URL redirecting to the Slack channel. """
    team_id: str | None
    """ Slack team ID. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        channel_id: str,
        channel_name: str,
        redirect_url: str,
        team_id: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.channel_id = channel_id
        self.channel_name = channel_name
        self.redirect_url = redirect_url
        _absent = 0
        if type(team_id) is Unset:
            _absent |= 1
            self.team_id = None
        else:
            self.team_id = team_id
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["channel_id"] = self.channel_id
        field_dict["channel_name"] = self.channel_name
        field_dict["redirect_url"] = self.redirect_url
        if self.team_id is not None:
            field_dict["team_id"] = self.team_id
        elif not self._absent & 1:
            field_dict["team_id"] = None
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
        _absent = 0  # bit i: optional field i is not in the object
        team_id = d.get("team_id", UNSET)
        if not isinstance(team_id, str):
            if team_id is UNSET:
                _absent |= 1
                team_id = None
            elif team_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "team_id", "a string", team_id)
                team_id = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_integration_metadata_slack_channel_item = object.__new__(cls)
        incident_integration_metadata_slack_channel_item.channel_id = channel_id
        incident_integration_metadata_slack_channel_item.channel_name = channel_name
        incident_integration_metadata_slack_channel_item.redirect_url = redirect_url
        incident_integration_metadata_slack_channel_item.team_id = team_id
        incident_integration_metadata_slack_channel_item._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 4:  # other keys
            incident_integration_metadata_slack_channel_item._extra = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_integration_metadata_slack_channel_item._extra)
        else:
            incident_integration_metadata_slack_channel_item._extra = None
        incident_integration_metadata_slack_channel_item._raw = _raw
        incident_integration_metadata_slack_channel_item._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentIntegrationMetadataSlackChannelItem)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "channel_id",
        "channel_name",
        "redirect_url",
        "team_id",
    }
)
