from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_fields import IncidentFields
    from ..models.incident_notification_handle import IncidentNotificationHandle
    from ..models.incident_timeline_cell_markdown_create_attributes import IncidentTimelineCellMarkdownCreateAttributes


T = TypeVar("T", bound="IncidentCreateAttributes")


@_attrs_define
class IncidentCreateAttributes:
    """The incident's attributes for a create request."""

    customer_impacted: bool
    """ A flag indicating whether the incident caused customer impact. """
    title: str
    """ The title of the incident, which summarizes what happened. """
    customer_impact_scope: str | Unset = UNSET
    """ Required if `customer_impacted:"true"`. A summary of the impact customers experienced during the incident.
    """
    fields: IncidentFields | Unset = UNSET
    """ A condensed view of the user-defined fields of an incident: dynamic fields for which selections can be made,
    with field names as keys. """
    initial_cells: list[IncidentTimelineCellMarkdownCreateAttributes] | Unset = UNSET
    """ An array of initial timeline cells to be placed at the beginning of the incident timeline. """
    notification_handles: list[IncidentNotificationHandle] | Unset = UNSET
    """ Notification handles that will be notified of the incident at creation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_impacted = self.customer_impacted

        title = self.title

        customer_impact_scope = self.customer_impact_scope

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        initial_cells: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.initial_cells, Unset):
            initial_cells = []
            for initial_cells_item_data in self.initial_cells:
                initial_cells_item = initial_cells_item_data.to_dict()
                initial_cells.append(initial_cells_item)

        notification_handles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_handles, Unset):
            notification_handles = []
            for notification_handles_item_data in self.notification_handles:
                notification_handles_item = notification_handles_item_data.to_dict()
                notification_handles.append(notification_handles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_impacted": customer_impacted,
                "title": title,
            }
        )
        if customer_impact_scope is not UNSET:
            field_dict["customer_impact_scope"] = customer_impact_scope
        if fields is not UNSET:
            field_dict["fields"] = fields
        if initial_cells is not UNSET:
            field_dict["initial_cells"] = initial_cells
        if notification_handles is not UNSET:
            field_dict["notification_handles"] = notification_handles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_fields import IncidentFields  # noqa: PLC0415
        from ..models.incident_notification_handle import IncidentNotificationHandle  # noqa: PLC0415
        from ..models.incident_timeline_cell_markdown_create_attributes import (
            IncidentTimelineCellMarkdownCreateAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        customer_impacted = d.pop("customer_impacted")

        title = d.pop("title")

        customer_impact_scope = d.pop("customer_impact_scope", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: IncidentFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = IncidentFields.from_dict(_fields)

        _initial_cells = d.pop("initial_cells", UNSET)
        initial_cells: list[IncidentTimelineCellMarkdownCreateAttributes] | Unset = UNSET
        if _initial_cells is not UNSET:
            initial_cells = []
            for initial_cells_item_data in _initial_cells:
                initial_cells_item = IncidentTimelineCellMarkdownCreateAttributes.from_dict(initial_cells_item_data)

                initial_cells.append(initial_cells_item)

        _notification_handles = d.pop("notification_handles", UNSET)
        notification_handles: list[IncidentNotificationHandle] | Unset = UNSET
        if _notification_handles is not UNSET:
            notification_handles = []
            for notification_handles_item_data in _notification_handles:
                notification_handles_item = IncidentNotificationHandle.from_dict(notification_handles_item_data)

                notification_handles.append(notification_handles_item)

        incident_create_attributes = cls(
            customer_impacted=customer_impacted,
            title=title,
            customer_impact_scope=customer_impact_scope,
            fields=fields,
            initial_cells=initial_cells,
            notification_handles=notification_handles,
        )

        incident_create_attributes.additional_properties = d
        return incident_create_attributes

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
