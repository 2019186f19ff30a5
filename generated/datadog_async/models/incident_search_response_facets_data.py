from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentSearchResponseFacetsData")


@_attrs_define
class IncidentSearchResponseFacetsData:
    """Facet data for incidents returned by a search query."""

    commander: list[IncidentSearchResponseUserFacetData] | Unset = UNSET
    """ Facet data for incident commander users. """
    created_by: list[IncidentSearchResponseUserFacetData] | Unset = UNSET
    """ Facet data for incident creator users. """
    fields: list[IncidentSearchResponsePropertyFieldFacetData] | Unset = UNSET
    """ Facet data for incident property fields. """
    impact: list[IncidentSearchResponseFieldFacetData] | Unset = UNSET
    """ Facet data for incident impact attributes. """
    last_modified_by: list[IncidentSearchResponseUserFacetData] | Unset = UNSET
    """ Facet data for incident last modified by users. """
    postmortem: list[IncidentSearchResponseFieldFacetData] | Unset = UNSET
    """ Facet data for incident postmortem existence. """
    responder: list[IncidentSearchResponseUserFacetData] | Unset = UNSET
    """ Facet data for incident responder users. """
    severity: list[IncidentSearchResponseFieldFacetData] | Unset = UNSET
    """ Facet data for incident severity attributes. """
    state: list[IncidentSearchResponseFieldFacetData] | Unset = UNSET
    """ Facet data for incident state attributes. """
    time_to_repair: list[IncidentSearchResponseNumericFacetData] | Unset = UNSET
    """ Facet data for incident time to repair metrics. """
    time_to_resolve: list[IncidentSearchResponseNumericFacetData] | Unset = UNSET
    """ Facet data for incident time to resolve metrics. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.commander, Unset):
            field_dict["commander"] = [_v0.to_dict() for _v0 in self.commander]
        if not isinstance(self.created_by, Unset):
            field_dict["created_by"] = [_v0.to_dict() for _v0 in self.created_by]
        if not isinstance(self.fields, Unset):
            field_dict["fields"] = [_v0.to_dict() for _v0 in self.fields]
        if not isinstance(self.impact, Unset):
            field_dict["impact"] = [_v0.to_dict() for _v0 in self.impact]
        if not isinstance(self.last_modified_by, Unset):
            field_dict["last_modified_by"] = [_v0.to_dict() for _v0 in self.last_modified_by]
        if not isinstance(self.postmortem, Unset):
            field_dict["postmortem"] = [_v0.to_dict() for _v0 in self.postmortem]
        if not isinstance(self.responder, Unset):
            field_dict["responder"] = [_v0.to_dict() for _v0 in self.responder]
        if not isinstance(self.severity, Unset):
            field_dict["severity"] = [_v0.to_dict() for _v0 in self.severity]
        if not isinstance(self.state, Unset):
            field_dict["state"] = [_v0.to_dict() for _v0 in self.state]
        if not isinstance(self.time_to_repair, Unset):
            field_dict["time_to_repair"] = [_v0.to_dict() for _v0 in self.time_to_repair]
        if not isinstance(self.time_to_resolve, Unset):
            field_dict["time_to_resolve"] = [_v0.to_dict() for _v0 in self.time_to_resolve]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        commander = d.get("commander", UNSET)
        if commander is UNSET:
            _absent += 1
        else:
            if not isinstance(commander, list):
                raise ModelValidationError.expected("commander", "an array", commander)
            try:
                commander = [IncidentSearchResponseUserFacetData.from_dict(_v0) for _v0 in commander]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, commander, IncidentSearchResponseUserFacetData.from_dict)
                _e.path.insert(0, "commander")
                raise
        created_by = d.get("created_by", UNSET)
        if created_by is UNSET:
            _absent += 1
        else:
            if not isinstance(created_by, list):
                raise ModelValidationError.expected("created_by", "an array", created_by)
            try:
                created_by = [IncidentSearchResponseUserFacetData.from_dict(_v0) for _v0 in created_by]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, created_by, IncidentSearchResponseUserFacetData.from_dict)
                _e.path.insert(0, "created_by")
                raise
        fields = d.get("fields", UNSET)
        if fields is UNSET:
            _absent += 1
        else:
            if not isinstance(fields, list):
                raise ModelValidationError.expected("fields", "an array", fields)
            try:
                fields = [IncidentSearchResponsePropertyFieldFacetData.from_dict(_v0) for _v0 in fields]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, fields, IncidentSearchResponsePropertyFieldFacetData.from_dict)
                _e.path.insert(0, "fields")
                raise
        impact = d.get("impact", UNSET)
        if impact is UNSET:
            _absent += 1
        else:
            if not isinstance(impact, list):
                raise ModelValidationError.expected("impact", "an array", impact)
            try:
                impact = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in impact]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, impact, IncidentSearchResponseFieldFacetData.from_dict)
                _e.path.insert(0, "impact")
                raise
        last_modified_by = d.get("last_modified_by", UNSET)
        if last_modified_by is UNSET:
            _absent += 1
        else:
            if not isinstance(last_modified_by, list):
                raise ModelValidationError.expected("last_modified_by", "an array", last_modified_by)
            try:
                last_modified_by = [IncidentSearchResponseUserFacetData.from_dict(_v0) for _v0 in last_modified_by]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, last_modified_by, IncidentSearchResponseUserFacetData.from_dict)
                _e.path.insert(0, "last_modified_by")
                raise
        postmortem = d.get("postmortem", UNSET)
        if postmortem is UNSET:
            _absent += 1
        else:
            if not isinstance(postmortem, list):
                raise ModelValidationError.expected("postmortem", "an array", postmortem)
            try:
                postmortem = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in postmortem]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, postmortem, IncidentSearchResponseFieldFacetData.from_dict)
                _e.path.insert(0, "postmortem")
                raise
        responder = d.get("responder", UNSET)
        if responder is UNSET:
            _absent += 1
        else:
            if not isinstance(responder, list):
                raise ModelValidationError.expected("responder", "an array", responder)
            try:
                responder = [IncidentSearchResponseUserFacetData.from_dict(_v0) for _v0 in responder]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, responder, IncidentSearchResponseUserFacetData.from_dict)
                _e.path.insert(0, "responder")
                raise
        severity = d.get("severity", UNSET)
        if severity is UNSET:
            _absent += 1
        else:
            if not isinstance(severity, list):
                raise ModelValidationError.expected("severity", "an array", severity)
            try:
                severity = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in severity]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, severity, IncidentSearchResponseFieldFacetData.from_dict)
                _e.path.insert(0, "severity")
                raise
        state = d.get("state", UNSET)
        if state is UNSET:
            _absent += 1
        else:
            if not isinstance(state, list):
                raise ModelValidationError.expected("state", "an array", state)
            try:
                state = [IncidentSearchResponseFieldFacetData.from_dict(_v0) for _v0 in state]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, state, IncidentSearchResponseFieldFacetData.from_dict)
                _e.path.insert(0, "state")
                raise
        time_to_repair = d.get("time_to_repair", UNSET)
        if time_to_repair is UNSET:
            _absent += 1
        else:
            if not isinstance(time_to_repair, list):
                raise ModelValidationError.expected("time_to_repair", "an array", time_to_repair)
            try:
                time_to_repair = [IncidentSearchResponseNumericFacetData.from_dict(_v0) for _v0 in time_to_repair]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, time_to_repair, IncidentSearchResponseNumericFacetData.from_dict)
                _e.path.insert(0, "time_to_repair")
                raise
        time_to_resolve = d.get("time_to_resolve", UNSET)
        if time_to_resolve is UNSET:
            _absent += 1
        else:
            if not isinstance(time_to_resolve, list):
                raise ModelValidationError.expected("time_to_resolve", "an array", time_to_resolve)
            try:
                time_to_resolve = [IncidentSearchResponseNumericFacetData.from_dict(_v0) for _v0 in time_to_resolve]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, time_to_resolve, IncidentSearchResponseNumericFacetData.from_dict)
                _e.path.insert(0, "time_to_resolve")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_search_response_facets_data = cls(
            commander,
            created_by,
            fields,
            impact,
            last_modified_by,
            postmortem,
            responder,
            severity,
            state,
            time_to_repair,
            time_to_resolve,
        )
        if len(d) + _absent > 11:  # keys other than the fields above
            incident_search_response_facets_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
