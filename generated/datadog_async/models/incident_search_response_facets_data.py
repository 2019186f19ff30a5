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
    _lift_items,
    _rejected,
)

T = TypeVar("T", bound="IncidentSearchResponseFacetsData")


@_attrs_define(init=False)
class IncidentSearchResponseFacetsData(DatadogModel):
    """Facet data for incidents returned by a search query."""

    commander: list[IncidentSearchResponseUserFacetData] | None
    """ Facet data for incident commander users. """
    created_by: list[IncidentSearchResponseUserFacetData] | None
    """ Facet data for incident creator users. """
    fields: list[IncidentSearchResponsePropertyFieldFacetData] | None
    """ Facet data for incident property fields. """
    impact: list[IncidentSearchResponseFieldFacetData] | None
    """ Facet data for incident impact attributes. """
    last_modified_by: list[IncidentSearchResponseUserFacetData] | None
    """ Facet data for incident last modified by users. """
    postmortem: list[IncidentSearchResponseFieldFacetData] | None
    """ Facet data for incident postmortem existence. """
    responder: list[IncidentSearchResponseUserFacetData] | None
    """ Facet data for incident responder users. """
    severity: list[IncidentSearchResponseFieldFacetData] | None
    """ Facet data for incident severity attributes. """
    state: list[IncidentSearchResponseFieldFacetData] | None
    """ Facet data for incident state attributes. """
    time_to_repair: list[IncidentSearchResponseNumericFacetData] | None
    """ Facet data for incident time to repair metrics. """
    time_to_resolve: list[IncidentSearchResponseNumericFacetData] | None
    """ Facet data for incident time to resolve metrics. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        commander: list[IncidentSearchResponseUserFacetData] | None | Unset = UNSET,
        created_by: list[IncidentSearchResponseUserFacetData] | None | Unset = UNSET,
        fields: list[IncidentSearchResponsePropertyFieldFacetData] | None | Unset = UNSET,
        impact: list[IncidentSearchResponseFieldFacetData] | None | Unset = UNSET,
        last_modified_by: list[IncidentSearchResponseUserFacetData] | None | Unset = UNSET,
        postmortem: list[IncidentSearchResponseFieldFacetData] | None | Unset = UNSET,
        responder: list[IncidentSearchResponseUserFacetData] | None | Unset = UNSET,
        severity: list[IncidentSearchResponseFieldFacetData] | None | Unset = UNSET,
        state: list[IncidentSearchResponseFieldFacetData] | None | Unset = UNSET,
        time_to_repair: list[IncidentSearchResponseNumericFacetData] | None | Unset = UNSET,
        time_to_resolve: list[IncidentSearchResponseNumericFacetData] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(commander) is Unset:
            _absent |= 1
            self.commander = None
        else:
            self.commander = commander
        if type(created_by) is Unset:
            _absent |= 2
            self.created_by = None
        else:
            self.created_by = created_by
        if type(fields) is Unset:
            _absent |= 4
            self.fields = None
        else:
            self.fields = fields
        if type(impact) is Unset:
            _absent |= 8
            self.impact = None
        else:
            self.impact = impact
        if type(last_modified_by) is Unset:
            _absent |= 16
            self.last_modified_by = None
        else:
            self.last_modified_by = last_modified_by
        if type(postmortem) is Unset:
            _absent |= 32
            self.postmortem = None
        else:
            self.postmortem = postmortem
        if type(responder) is Unset:
            _absent |= 64
            self.responder = None
        else:
            self.responder = responder
        if type(severity) is Unset:
            _absent |= 128
            self.severity = None
        else:
            self.severity = severity
        if type(state) is Unset:
            _absent |= 256
            self.state = None
        else:
            self.state = state
        if type(time_to_repair) is Unset:
            _absent |= 512
            self.time_to_repair = None
        else:
            self.time_to_repair = time_to_repair
        if type(time_to_resolve) is Unset:
            _absent |= 1024
            self.time_to_resolve = None
        else:
            self.time_to_resolve = time_to_resolve
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.commander is not None:
            field_dict["commander"] = [_v0.to_dict() for _v0 in self.commander]
        elif not self._absent & 1:
            field_dict["commander"] = None
        if self.created_by is not None:
            field_dict["created_by"] = [_v0.to_dict() for _v0 in self.created_by]
        elif not self._absent & 2:
            field_dict["created_by"] = None
        if self.fields is not None:
            field_dict["fields"] = [_v0.to_dict() for _v0 in self.fields]
        elif not self._absent & 4:
            field_dict["fields"] = None
        if self.impact is not None:
            field_dict["impact"] = [_v0.to_dict() for _v0 in self.impact]
        elif not self._absent & 8:
            field_dict["impact"] = None
        if self.last_modified_by is not None:
            field_dict["last_modified_by"] = [_v0.to_dict() for _v0 in self.last_modified_by]
        elif not self._absent & 16:
            field_dict["last_modified_by"] = None
        if self.postmortem is not None:
            field_dict["postmortem"] = [_v0.to_dict() for _v0 in self.postmortem]
        elif not self._absent & 32:
            field_dict["postmortem"] = None
        if self.responder is not None:
            field_dict["responder"] = [_v0.to_dict() for _v0 in self.responder]
        elif not self._absent & 64:
            field_dict["responder"] = None
        if self.severity is not None:
            field_dict["severity"] = [_v0.to_dict() for _v0 in self.severity]
        elif not self._absent & 128:
            field_dict["severity"] = None
        if self.state is not None:
            field_dict["state"] = [_v0.to_dict() for _v0 in self.state]
        elif not self._absent & 256:
            field_dict["state"] = None
        if self.time_to_repair is not None:
            field_dict["time_to_repair"] = [_v0.to_dict() for _v0 in self.time_to_repair]
        elif not self._absent & 512:
            field_dict["time_to_repair"] = None
        if self.time_to_resolve is not None:
            field_dict["time_to_resolve"] = [_v0.to_dict() for _v0 in self.time_to_resolve]
        elif not self._absent & 1024:
            field_dict["time_to_resolve"] = None
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
        _absent = 0  # bit i: optional field i is not in the object
        commander = d.get("commander", UNSET)
        if commander is UNSET:
            _absent |= 1
            commander = None
        elif commander is not None:
            _src = commander
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    commander = [IncidentSearchResponseUserFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseUserFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "commander")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "commander", _src, _e)
                commander = None
            else:
                if any(map(_deviations_of, commander)):
                    _devs = _lift_items(_devs, ("commander",), commander)
        created_by = d.get("created_by", UNSET)
        if created_by is UNSET:
            _absent |= 2
            created_by = None
        elif created_by is not None:
            _src = created_by
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    created_by = [IncidentSearchResponseUserFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseUserFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "created_by")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "created_by", _src, _e)
                created_by = None
            else:
                if any(map(_deviations_of, created_by)):
                    _devs = _lift_items(_devs, ("created_by",), created_by)
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent |= 4
            fields = None
        elif fields is not None:
            _src = fields
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    fields = [IncidentSearchResponsePropertyFieldFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponsePropertyFieldFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "fields")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "fields", _src, _e)
                fields = None
            else:
                if any(map(_deviations_of, fields)):
                    _devs = _lift_items(_devs, ("fields",), fields)
        impact = d.get("impact", UNSET)
        if impact is UNSET:
            _absent |= 8
            impact = None
        elif impact is not None:
            _src = impact
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    impact = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseFieldFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "impact")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "impact", _src, _e)
                impact = None
            else:
                if any(map(_deviations_of, impact)):
                    _devs = _lift_items(_devs, ("impact",), impact)
        last_modified_by = d.get("last_modified_by", UNSET)
        if last_modified_by is UNSET:
            _absent |= 16
            last_modified_by = None
        elif last_modified_by is not None:
            _src = last_modified_by
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    last_modified_by = [IncidentSearchResponseUserFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseUserFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "last_modified_by")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "last_modified_by", _src, _e)
                last_modified_by = None
            else:
                if any(map(_deviations_of, last_modified_by)):
                    _devs = _lift_items(_devs, ("last_modified_by",), last_modified_by)
        postmortem = d.get("postmortem", UNSET)
        if postmortem is UNSET:
            _absent |= 32
            postmortem = None
        elif postmortem is not None:
            _src = postmortem
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    postmortem = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseFieldFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "postmortem")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "postmortem", _src, _e)
                postmortem = None
            else:
                if any(map(_deviations_of, postmortem)):
                    _devs = _lift_items(_devs, ("postmortem",), postmortem)
        responder = d.get("responder", UNSET)
        if responder is UNSET:
            _absent |= 64
            responder = None
        elif responder is not None:
            _src = responder
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    responder = [IncidentSearchResponseUserFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseUserFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "responder")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "responder", _src, _e)
                responder = None
            else:
                if any(map(_deviations_of, responder)):
                    _devs = _lift_items(_devs, ("responder",), responder)
        severity = d.get("severity", UNSET)
        if severity is UNSET:
            _absent |= 128
            severity = None
        elif severity is not None:
            _src = severity
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    severity = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseFieldFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "severity")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "severity", _src, _e)
                severity = None
            else:
                if any(map(_deviations_of, severity)):
                    _devs = _lift_items(_devs, ("severity",), severity)
        state = d.get("state", UNSET)
        if state is UNSET:
            _absent |= 256
            state = None
        elif state is not None:
            _src = state
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    state = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseFieldFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "state")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "state", _src, _e)
                state = None
            else:
                if any(map(_deviations_of, state)):
                    _devs = _lift_items(_devs, ("state",), state)
        time_to_repair = d.get("time_to_repair", UNSET)
        if time_to_repair is UNSET:
            _absent |= 512
            time_to_repair = None
        elif time_to_repair is not None:
            _src = time_to_repair
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    time_to_repair = [IncidentSearchResponseNumericFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseNumericFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "time_to_repair")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "time_to_repair", _src, _e)
                time_to_repair = None
            else:
                if any(map(_deviations_of, time_to_repair)):
                    _devs = _lift_items(_devs, ("time_to_repair",), time_to_repair)
        time_to_resolve = d.get("time_to_resolve", UNSET)
        if time_to_resolve is UNSET:
            _absent |= 1024
            time_to_resolve = None
        elif time_to_resolve is not None:
            _src = time_to_resolve
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    time_to_resolve = [IncidentSearchResponseNumericFacetData.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, IncidentSearchResponseNumericFacetData.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "time_to_resolve")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "time_to_resolve", _src, _e)
                time_to_resolve = None
            else:
                if any(map(_deviations_of, time_to_resolve)):
                    _devs = _lift_items(_devs, ("time_to_resolve",), time_to_resolve)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_search_response_facets_data = object.__new__(cls)
        incident_search_response_facets_data.commander = commander
        incident_search_response_facets_data.created_by = created_by
        incident_search_response_facets_data.fields = fields
        incident_search_response_facets_data.impact = impact
        incident_search_response_facets_data.last_modified_by = last_modified_by
        incident_search_response_facets_data.postmortem = postmortem
        incident_search_response_facets_data.responder = responder
        incident_search_response_facets_data.severity = severity
        incident_search_response_facets_data.state = state
        incident_search_response_facets_data.time_to_repair = time_to_repair
        incident_search_response_facets_data.time_to_resolve = time_to_resolve
        incident_search_response_facets_data._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 11:  # other keys
            incident_search_response_facets_data._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_search_response_facets_data._extra)
        else:
            incident_search_response_facets_data._extra = None
        incident_search_response_facets_data._raw = _raw
        incident_search_response_facets_data._deviations = () if _devs is None else tuple(_devs)
        return incident_search_response_facets_data

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


_lazy_extra(IncidentSearchResponseFacetsData)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "commander",
        "created_by",
        "fields",
        "impact",
        "last_modified_by",
        "postmortem",
        "responder",
        "severity",
        "state",
        "time_to_repair",
        "time_to_resolve",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_search_response_field_facet_data import IncidentSearchResponseFieldFacetData  # noqa: E402
from ..models.incident_search_response_numeric_facet_data import IncidentSearchResponseNumericFacetData  # noqa: E402
from ..models.incident_search_response_property_field_facet_data import IncidentSearchResponsePropertyFieldFacetData  # noqa: E402
from ..models.incident_search_response_user_facet_data import IncidentSearchResponseUserFacetData  # noqa: E402
