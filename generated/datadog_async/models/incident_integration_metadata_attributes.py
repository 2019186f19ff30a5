from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_integration_metadata_jira import IncidentIntegrationMetadataJira
    from ..models.incident_integration_metadata_slack import IncidentIntegrationMetadataSlack


T = TypeVar("T", bound="IncidentIntegrationMetadataAttributes")


@_attrs_define
class IncidentIntegrationMetadataAttributes:
    """Incident integration metadata's attributes for a create request."""

    integration_type: int
    """ A number indicating the type of integration this metadata is for. 1 indicates Slack; 8 indicates Jira. """
    metadata: IncidentIntegrationMetadataJira | IncidentIntegrationMetadataSlack
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
        from ..models.incident_integration_metadata_slack import IncidentIntegrationMetadataSlack  # noqa: PLC0415

        integration_type = self.integration_type

        metadata: dict[str, Any]
        if isinstance(self.metadata, IncidentIntegrationMetadataSlack):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata.to_dict()

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        incident_id = self.incident_id

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_type": integration_type,
                "metadata": metadata,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if incident_id is not UNSET:
            field_dict["incident_id"] = incident_id
        if modified is not UNSET:
            field_dict["modified"] = modified
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_integration_metadata_jira import IncidentIntegrationMetadataJira  # noqa: PLC0415
        from ..models.incident_integration_metadata_slack import IncidentIntegrationMetadataSlack  # noqa: PLC0415

        d = dict(src_dict)
        integration_type = d.pop("integration_type")

        def _parse_metadata(data: object) -> IncidentIntegrationMetadataJira | IncidentIntegrationMetadataSlack:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_incident_integration_metadata_metadata_type_0 = (
                    IncidentIntegrationMetadataSlack.from_dict(data)
                )

                return componentsschemas_incident_integration_metadata_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_incident_integration_metadata_metadata_type_1 = IncidentIntegrationMetadataJira.from_dict(
                data
            )

            return componentsschemas_incident_integration_metadata_metadata_type_1

        metadata = _parse_metadata(d.pop("metadata"))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        incident_id = d.pop("incident_id", UNSET)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        status = d.pop("status", UNSET)

        incident_integration_metadata_attributes = cls(
            integration_type=integration_type,
            metadata=metadata,
            created=created,
            incident_id=incident_id,
            modified=modified,
            status=status,
        )

        incident_integration_metadata_attributes.additional_properties = d
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
