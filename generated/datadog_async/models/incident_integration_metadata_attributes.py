from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _deeper, _parse_datetime, _union_fallback

T = TypeVar("T", bound="IncidentIntegrationMetadataAttributes")


@_attrs_define
class IncidentIntegrationMetadataAttributes:
    """Incident integration metadata's attributes for a create request."""

    integration_type: int
    """ A number indicating the type of integration this metadata is for. 1 indicates Slack; 8 indicates Jira. """
    metadata: IncidentIntegrationMetadataSlack | IncidentIntegrationMetadataJira | dict[str, Any]
    """ Incident integration metadata's metadata attribute. """
    created: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident todo was created. """
    incident_id: str | Unset = UNSET
    """ UUID of the incident this integration metadata is connected to. """
    modified: datetime.datetime | Unset = UNSET
    """ Timestamp when the incident todo was last modified. """
    status: int | Unset = UNSET
    """ A number indicating the status of this integration metadata. 0 indicates unknown; 1 indicates pending; 2
    indicates complete; 3 indicates manually created; 4 indicates manually updated; 5 indicates failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["integration_type"] = self.integration_type
        field_dict["metadata"] = _dump_metadata(self.metadata)
        if not isinstance(self.created, Unset):
            field_dict["created"] = self.created.isoformat()
        if not isinstance(self.incident_id, Unset):
            field_dict["incident_id"] = self.incident_id
        if not isinstance(self.modified, Unset):
            field_dict["modified"] = self.modified.isoformat()
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            integration_type = d["integration_type"]
            metadata = d["metadata"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if integration_type.__class__ is not int and (
            isinstance(integration_type, bool) or not isinstance(integration_type, int)
        ):
            raise ModelValidationError.expected("integration_type", "an integer", integration_type)
        try:
            metadata = _parse_metadata(metadata)
        except ModelValidationError as _e:
            _e.path.insert(0, "metadata")
            raise
        _absent = 0  # optional fields not in the object
        created = d.get("created", UNSET)
        if isinstance(created, str):
            try:
                created = _parse_datetime(created)
            except ValueError:
                raise ModelValidationError.expected("created", "a date-time string", created) from None
        elif created is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("created", "a date-time string", created)
        incident_id = d.get("incident_id", UNSET)
        if not isinstance(incident_id, str):
            if incident_id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("incident_id", "a string", incident_id)
        modified = d.get("modified", UNSET)
        if isinstance(modified, str):
            try:
                modified = _parse_datetime(modified)
            except ValueError:
                raise ModelValidationError.expected("modified", "a date-time string", modified) from None
        elif modified is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("modified", "a date-time string", modified)
        status = d.get("status", UNSET)
        if status.__class__ is not int and (isinstance(status, bool) or not isinstance(status, int)):
            if status is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("status", "an integer", status)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_integration_metadata_attributes = cls(
            integration_type,
            metadata,
            created,
            incident_id,
            modified,
            status,
        )
        if len(d) + _absent > 6:  # keys other than the fields above
            incident_integration_metadata_attributes.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_integration_metadata_attributes

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
        "integration_type",
        "metadata",
        "created",
        "incident_id",
        "modified",
        "status",
    }
)


def _parse_metadata(data: Any) -> IncidentIntegrationMetadataSlack | IncidentIntegrationMetadataJira | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # IncidentIntegrationMetadataSlack
        try:
            return IncidentIntegrationMetadataSlack.from_dict(data)
        except ModelValidationError as _e:
            _error = _deeper(_error, _e)
        # IncidentIntegrationMetadataJira
        try:
            return IncidentIntegrationMetadataJira.from_dict(data)
        except ModelValidationError as _e:
            _error = _deeper(_error, _e)
        return _union_fallback(
            data,
            _tagged_error,
            _error,
            (),
            None,
        )
    raise ModelValidationError.expected(None, "an object", data)


def _dump_metadata(value: IncidentIntegrationMetadataSlack | IncidentIntegrationMetadataJira | dict[str, Any]) -> Any:
    if isinstance(value, IncidentIntegrationMetadataSlack):
        return value.to_dict()
    if isinstance(value, IncidentIntegrationMetadataJira):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_integration_metadata_jira import IncidentIntegrationMetadataJira  # noqa: E402
from ..models.incident_integration_metadata_slack import IncidentIntegrationMetadataSlack  # noqa: E402
