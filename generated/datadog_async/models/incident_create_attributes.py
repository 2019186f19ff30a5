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
    _deviations_of,
    _extra_fields,
    _lazy_extra,
    _lift,
    _lift_items,
    _rejected,
    _wrong,
)

T = TypeVar("T", bound="IncidentCreateAttributes")


@_attrs_define(init=False)
class IncidentCreateAttributes(DatadogModel):
    """The incident's attributes for a create request."""

    customer_impacted: bool
    """ A flag indicating whether the incident caused customer impact. """
    title: str
    """ The title of the incident, which summarizes what happened. """
    customer_impact_scope: str | None
    """ Required if `customer_impacted:"true"`. A summary of the impact customers experienced during the incident.
    """
    fields: IncidentFields | None
    """ A condensed view of the user-defined fields attached to incidents. """
    initial_cells: list[IncidentTimelineCellMarkdownCreateAttributes] | None
    """ An array of initial timeline cells to be placed at the beginning of the incident timeline. """
    notification_handles: list[IncidentNotificationHandle] | None
    """ Notification handles that will be notified of the incident at creation. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        customer_impacted: bool,
        title: str,
        customer_impact_scope: str | None | Unset = UNSET,
        fields: IncidentFields | None | Unset = UNSET,
        initial_cells: list[IncidentTimelineCellMarkdownCreateAttributes] | None | Unset = UNSET,
        notification_handles: list[IncidentNotificationHandle] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.customer_impacted = customer_impacted
        self.title = title
        _absent = 0
        if type(customer_impact_scope) is Unset:
            _absent |= 1
            self.customer_impact_scope = None
        else:
            self.customer_impact_scope = customer_impact_scope
        if type(fields) is Unset:
            _absent |= 2
            self.fields = None
        else:
            self.fields = fields
        if type(initial_cells) is Unset:
            _absent |= 4
            self.initial_cells = None
        else:
            self.initial_cells = initial_cells
        if type(notification_handles) is Unset:
            _absent |= 8
            self.notification_handles = None
        else:
            self.notification_handles = notification_handles
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["customer_impacted"] = self.customer_impacted
        field_dict["title"] = self.title
        if self.customer_impact_scope is not None:
            field_dict["customer_impact_scope"] = self.customer_impact_scope
        elif not self._absent & 1:
            field_dict["customer_impact_scope"] = None
        if self.fields is not None:
            field_dict["fields"] = self.fields.to_dict()
        elif not self._absent & 2:
            field_dict["fields"] = None
        if self.initial_cells is not None:
            field_dict["initial_cells"] = [_v0.to_dict() for _v0 in self.initial_cells]
        elif not self._absent & 4:
            field_dict["initial_cells"] = None
        if self.notification_handles is not None:
            field_dict["notification_handles"] = [_v0.to_dict() for _v0 in self.notification_handles]
        elif not self._absent & 8:
            field_dict["notification_handles"] = None
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
            customer_impacted = d["customer_impacted"]
            title = d["title"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(customer_impacted, bool):
            raise ModelValidationError.expected("customer_impacted", "a boolean", customer_impacted)
        if not isinstance(title, str):
            raise ModelValidationError.expected("title", "a string", title)
        _absent = 0  # bit i: optional field i is not in the object
        customer_impact_scope = d.get("customer_impact_scope", UNSET)
        if not isinstance(customer_impact_scope, str):
            if customer_impact_scope is UNSET:
                _absent |= 1
                customer_impact_scope = None
            elif customer_impact_scope is not None:
                _devs, _raw = _wrong(_devs, _raw, "customer_impact_scope", "a string", customer_impact_scope)
                customer_impact_scope = None
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent |= 2
            fields = None
        elif fields is not None:
            _src = fields
            try:
                fields = IncidentFields.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "fields")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "fields", _src, _e)
                fields = None
            else:
                if fields._deviations:
                    _devs = _lift(_devs, ("fields",), fields._deviations)
        initial_cells = d.get("initial_cells", UNSET)
        if initial_cells is UNSET:
            _absent |= 4
            initial_cells = None
        elif initial_cells is not None:
            _src = initial_cells
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    initial_cells = [IncidentTimelineCellMarkdownCreateAttributes.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentTimelineCellMarkdownCreateAttributes.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "initial_cells")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "initial_cells", _src, _e)
                initial_cells = None
            else:
                if any(map(_deviations_of, initial_cells)):
                    _devs = _lift_items(_devs, ("initial_cells",), initial_cells)
        notification_handles = d.get("notification_handles", UNSET)
        if notification_handles is UNSET:
            _absent |= 8
            notification_handles = None
        elif notification_handles is not None:
            _src = notification_handles
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    notification_handles = [IncidentNotificationHandle.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentNotificationHandle.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "notification_handles")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "notification_handles", _src, _e)
                notification_handles = None
            else:
                if any(map(_deviations_of, notification_handles)):
                    _devs = _lift_items(_devs, ("notification_handles",), notification_handles)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_create_attributes = object.__new__(cls)
        incident_create_attributes.customer_impacted = customer_impacted
        incident_create_attributes.title = title
        incident_create_attributes.customer_impact_scope = customer_impact_scope
        incident_create_attributes.fields = fields
        incident_create_attributes.initial_cells = initial_cells
        incident_create_attributes.notification_handles = notification_handles
        incident_create_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 6:  # other keys
            incident_create_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_create_attributes._extra)
        else:
            incident_create_attributes._extra = None
        incident_create_attributes._raw = _raw
        incident_create_attributes._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentCreateAttributes)


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
