from __future__ import annotations

import datetime
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
    _count,
    _deeper,
    _extra_fields,
    _lazy_extra,
    _lift,
    _parse_datetime,
    _union_fallback,
    _unknown_shape,
    _wrong,
)

T = TypeVar("T", bound="IncidentIntegrationMetadataAttributes")


@_attrs_define(init=False)
class IncidentIntegrationMetadataAttributes(DatadogModel):
    """Incident integration metadata's attributes for a create request."""

    integration_type: int
    """ A number indicating the type of integration this metadata is for. 1 indicates Slack; 8 indicates Jira. """
    metadata: IncidentIntegrationMetadataSlack | IncidentIntegrationMetadataJira | dict[str, Any]
    """ Incident integration metadata's metadata attribute. """
    created: datetime.datetime | None
    """ Timestamp when the incident todo was created. """
    incident_id: str | None
    """ UUID of the incident this integration metadata is connected to. """
    modified: datetime.datetime | None
    """ Timestamp when the incident todo was last modified. """
    status: int | None
    """ A number indicating the status of this integration metadata. 0 indicates unknown; 1 indicates pending; 2
    indicates complete; 3 indicates manually created; 4 indicates manually updated; 5 indicates failed. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        integration_type: int,
        metadata: IncidentIntegrationMetadataSlack | IncidentIntegrationMetadataJira,
        incident_id: str | None | Unset = UNSET,
        status: int | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.integration_type = integration_type
        self.metadata = metadata
        _absent = 0
        _absent |= 1  # readOnly: set by the server, never sent
        self.created = None
        if type(incident_id) is Unset:
            _absent |= 2
            self.incident_id = None
        else:
            self.incident_id = incident_id
        _absent |= 4  # readOnly: set by the server, never sent
        self.modified = None
        if type(status) is Unset:
            _absent |= 8
            self.status = None
        else:
            self.status = status
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["integration_type"] = self.integration_type
        field_dict["metadata"] = _dump_metadata(self.metadata)
        if self.created is not None:
            field_dict["created"] = self.created.isoformat()
        elif not self._absent & 1:
            field_dict["created"] = None
        if self.incident_id is not None:
            field_dict["incident_id"] = self.incident_id
        elif not self._absent & 2:
            field_dict["incident_id"] = None
        if self.modified is not None:
            field_dict["modified"] = self.modified.isoformat()
        elif not self._absent & 4:
            field_dict["modified"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif not self._absent & 8:
            field_dict["status"] = None
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
        if isinstance(metadata, dict):
            _devs = _unknown_shape(
                _devs, ("metadata",), "IncidentIntegrationMetadataSlack or IncidentIntegrationMetadataJira", metadata
            )
        elif metadata._deviations:
            _devs = _lift(_devs, ("metadata",), metadata._deviations)
        _absent = 0  # bit i: optional field i is not in the object
        created = d.get("created", UNSET)
        if isinstance(created, str):
            try:
                created = _parse_datetime(created)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "created", "a date-time string", created)
                created = None
        elif created is UNSET:
            _absent |= 1
            created = None
        elif created is not None:
            _devs, _raw = _wrong(_devs, _raw, "created", "a date-time string", created)
            created = None
        incident_id = d.get("incident_id", UNSET)
        if not isinstance(incident_id, str):
            if incident_id is UNSET:
                _absent |= 2
                incident_id = None
            elif incident_id is not None:
                _devs, _raw = _wrong(_devs, _raw, "incident_id", "a string", incident_id)
                incident_id = None
        modified = d.get("modified", UNSET)
        if isinstance(modified, str):
            try:
                modified = _parse_datetime(modified)
            except ValueError:
                _devs, _raw = _wrong(_devs, _raw, "modified", "a date-time string", modified)
                modified = None
        elif modified is UNSET:
            _absent |= 4
            modified = None
        elif modified is not None:
            _devs, _raw = _wrong(_devs, _raw, "modified", "a date-time string", modified)
            modified = None
        status = d.get("status", UNSET)
        if status.__class__ is not int and (isinstance(status, bool) or not isinstance(status, int)):
            if status is UNSET:
                _absent |= 8
                status = None
            elif status is not None:
                _devs, _raw = _wrong(_devs, _raw, "status", "an integer", status)
                status = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_integration_metadata_attributes = object.__new__(cls)
        incident_integration_metadata_attributes.integration_type = integration_type
        incident_integration_metadata_attributes.metadata = metadata
        incident_integration_metadata_attributes.created = created
        incident_integration_metadata_attributes.incident_id = incident_id
        incident_integration_metadata_attributes.modified = modified
        incident_integration_metadata_attributes.status = status
        incident_integration_metadata_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 6:  # other keys
            incident_integration_metadata_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_integration_metadata_attributes._extra)
        else:
            incident_integration_metadata_attributes._extra = None
        incident_integration_metadata_attributes._raw = _raw
        incident_integration_metadata_attributes._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentIntegrationMetadataAttributes)


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
        # An option that parses with deviations is only a candidate: another may fit exactly (the best one wins).
        _best: Any = None
        # IncidentIntegrationMetadataSlack
        try:
            _option1 = IncidentIntegrationMetadataSlack.from_dict(data)
        except ModelValidationError as _e:
            _error = _deeper(_error, _e)
        else:
            if not _option1._deviations:
                return _option1
            if _best is None or _count(_option1._deviations) < _count(_best._deviations):
                _best = _option1
        # IncidentIntegrationMetadataJira
        try:
            _option2 = IncidentIntegrationMetadataJira.from_dict(data)
        except ModelValidationError as _e:
            _error = _deeper(_error, _e)
        else:
            if not _option2._deviations:
                return _option2
            if _best is None or _count(_option2._deviations) < _count(_best._deviations):
                _best = _option2
        if _best is not None:
            return _best  # type: ignore[no-any-return]
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
