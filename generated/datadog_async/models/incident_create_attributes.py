from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

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
    """ A condensed view of the user-defined fields attached to incidents. """
    initial_cells: list[IncidentTimelineCellMarkdownCreateAttributes] | Unset = UNSET
    """ An array of initial timeline cells to be placed at the beginning of the incident timeline. """
    notification_handles: list[IncidentNotificationHandle] | Unset = UNSET
    """ Notification handles that will be notified of the incident at creation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["customer_impacted"] = self.customer_impacted
        field_dict["title"] = self.title
        if not isinstance(self.customer_impact_scope, Unset):
            field_dict["customer_impact_scope"] = self.customer_impact_scope
        if not isinstance(self.fields, Unset):
            field_dict["fields"] = self.fields.to_dict()
        if not isinstance(self.initial_cells, Unset):
            field_dict["initial_cells"] = [_v0.to_dict() for _v0 in self.initial_cells]
        if not isinstance(self.notification_handles, Unset):
            field_dict["notification_handles"] = [_v0.to_dict() for _v0 in self.notification_handles]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            customer_impacted = d["customer_impacted"]
            title = d["title"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(customer_impacted, bool):
            raise ModelValidationError.expected("customer_impacted", "a boolean", customer_impacted)
        if not isinstance(title, str):
            raise ModelValidationError.expected("title", "a string", title)
        _absent = 0  # optional fields not in the object
        customer_impact_scope = d.get("customer_impact_scope", UNSET)
        if not isinstance(customer_impact_scope, str):
            if customer_impact_scope is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("customer_impact_scope", "a string", customer_impact_scope)
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent += 1
        else:
            try:
                fields = IncidentFields.from_dict(fields)
            except ModelValidationError as _e:
                _e.path.insert(0, "fields")
                raise
        initial_cells = d.get("initial_cells", UNSET)
        if initial_cells is UNSET:
            _absent += 1
        else:
            if not isinstance(initial_cells, list):
                raise ModelValidationError.expected("initial_cells", "an array", initial_cells)
            try:
                initial_cells = [IncidentTimelineCellMarkdownCreateAttributes.from_dict(_v0) for _v0 in initial_cells]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, initial_cells, IncidentTimelineCellMarkdownCreateAttributes.from_dict)
                _e.path.insert(0, "initial_cells")
                raise
        notification_handles = d.get("notification_handles", UNSET)
        if notification_handles is UNSET:
            _absent += 1
        else:
            if not isinstance(notification_handles, list):
                raise ModelValidationError.expected("notification_handles", "an array", notification_handles)
            try:
                notification_handles = [IncidentNotificationHandle.from_dict(_v0) for _v0 in notification_handles]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, notification_handles, IncidentNotificationHandle.from_dict)
                _e.path.insert(0, "notification_handles")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_create_attributes = cls(
            customer_impacted,
            title,
            customer_impact_scope,
            fields,
            initial_cells,
            notification_handles,
        )
        if len(d) + _absent > 6:  # keys other than the fields above
            incident_create_attributes.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "customer_impacted",
        "title",
        "customer_impact_scope",
        "fields",
        "initial_cells",
        "notification_handles",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_fields import IncidentFields  # noqa: E402
from ..models.incident_notification_handle import IncidentNotificationHandle  # noqa: E402
from ..models.incident_timeline_cell_markdown_create_attributes import IncidentTimelineCellMarkdownCreateAttributes  # noqa: E402
