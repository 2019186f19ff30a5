from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_search_response_field_facet_data import IncidentSearchResponseFieldFacetData
    from ..models.incident_search_response_numeric_facet_data import IncidentSearchResponseNumericFacetData
    from ..models.incident_search_response_property_field_facet_data import IncidentSearchResponsePropertyFieldFacetData
    from ..models.incident_search_response_user_facet_data import IncidentSearchResponseUserFacetData


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
        commander: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commander, Unset):
            commander = []
            for commander_item_data in self.commander:
                commander_item = commander_item_data.to_dict()
                commander.append(commander_item)

        created_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = []
            for created_by_item_data in self.created_by:
                created_by_item = created_by_item_data.to_dict()
                created_by.append(created_by_item)

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        impact: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.impact, Unset):
            impact = []
            for impact_item_data in self.impact:
                impact_item = impact_item_data.to_dict()
                impact.append(impact_item)

        last_modified_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.last_modified_by, Unset):
            last_modified_by = []
            for last_modified_by_item_data in self.last_modified_by:
                last_modified_by_item = last_modified_by_item_data.to_dict()
                last_modified_by.append(last_modified_by_item)

        postmortem: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postmortem, Unset):
            postmortem = []
            for postmortem_item_data in self.postmortem:
                postmortem_item = postmortem_item_data.to_dict()
                postmortem.append(postmortem_item)

        responder: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.responder, Unset):
            responder = []
            for responder_item_data in self.responder:
                responder_item = responder_item_data.to_dict()
                responder.append(responder_item)

        severity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = []
            for severity_item_data in self.severity:
                severity_item = severity_item_data.to_dict()
                severity.append(severity_item)

        state: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = []
            for state_item_data in self.state:
                state_item = state_item_data.to_dict()
                state.append(state_item)

        time_to_repair: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_to_repair, Unset):
            time_to_repair = []
            for time_to_repair_item_data in self.time_to_repair:
                time_to_repair_item = time_to_repair_item_data.to_dict()
                time_to_repair.append(time_to_repair_item)

        time_to_resolve: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_to_resolve, Unset):
            time_to_resolve = []
            for time_to_resolve_item_data in self.time_to_resolve:
                time_to_resolve_item = time_to_resolve_item_data.to_dict()
                time_to_resolve.append(time_to_resolve_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commander is not UNSET:
            field_dict["commander"] = commander
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if fields is not UNSET:
            field_dict["fields"] = fields
        if impact is not UNSET:
            field_dict["impact"] = impact
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if postmortem is not UNSET:
            field_dict["postmortem"] = postmortem
        if responder is not UNSET:
            field_dict["responder"] = responder
        if severity is not UNSET:
            field_dict["severity"] = severity
        if state is not UNSET:
            field_dict["state"] = state
        if time_to_repair is not UNSET:
            field_dict["time_to_repair"] = time_to_repair
        if time_to_resolve is not UNSET:
            field_dict["time_to_resolve"] = time_to_resolve

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_search_response_field_facet_data import IncidentSearchResponseFieldFacetData  # noqa: PLC0415
        from ..models.incident_search_response_numeric_facet_data import IncidentSearchResponseNumericFacetData  # noqa: PLC0415
        from ..models.incident_search_response_property_field_facet_data import (
            IncidentSearchResponsePropertyFieldFacetData,  # noqa: PLC0415
        )
        from ..models.incident_search_response_user_facet_data import IncidentSearchResponseUserFacetData  # noqa: PLC0415

        d = dict(src_dict)
        _commander = d.pop("commander", UNSET)
        commander: list[IncidentSearchResponseUserFacetData] | Unset = UNSET
        if _commander is not UNSET:
            commander = []
            for commander_item_data in _commander:
                commander_item = IncidentSearchResponseUserFacetData.from_dict(commander_item_data)

                commander.append(commander_item)

        _created_by = d.pop("created_by", UNSET)
        created_by: list[IncidentSearchResponseUserFacetData] | Unset = UNSET
        if _created_by is not UNSET:
            created_by = []
            for created_by_item_data in _created_by:
                created_by_item = IncidentSearchResponseUserFacetData.from_dict(created_by_item_data)

                created_by.append(created_by_item)

        _fields = d.pop("fields", UNSET)
        fields: list[IncidentSearchResponsePropertyFieldFacetData] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = IncidentSearchResponsePropertyFieldFacetData.from_dict(fields_item_data)

                fields.append(fields_item)

        _impact = d.pop("impact", UNSET)
        impact: list[IncidentSearchResponseFieldFacetData] | Unset = UNSET
        if _impact is not UNSET:
            impact = []
            for impact_item_data in _impact:
                impact_item = IncidentSearchResponseFieldFacetData.from_dict(impact_item_data)

                impact.append(impact_item)

        _last_modified_by = d.pop("last_modified_by", UNSET)
        last_modified_by: list[IncidentSearchResponseUserFacetData] | Unset = UNSET
        if _last_modified_by is not UNSET:
            last_modified_by = []
            for last_modified_by_item_data in _last_modified_by:
                last_modified_by_item = IncidentSearchResponseUserFacetData.from_dict(last_modified_by_item_data)

                last_modified_by.append(last_modified_by_item)

        _postmortem = d.pop("postmortem", UNSET)
        postmortem: list[IncidentSearchResponseFieldFacetData] | Unset = UNSET
        if _postmortem is not UNSET:
            postmortem = []
            for postmortem_item_data in _postmortem:
                postmortem_item = IncidentSearchResponseFieldFacetData.from_dict(postmortem_item_data)

                postmortem.append(postmortem_item)

        _responder = d.pop("responder", UNSET)
        responder: list[IncidentSearchResponseUserFacetData] | Unset = UNSET
        if _responder is not UNSET:
            responder = []
            for responder_item_data in _responder:
                responder_item = IncidentSearchResponseUserFacetData.from_dict(responder_item_data)

                responder.append(responder_item)

        _severity = d.pop("severity", UNSET)
        severity: list[IncidentSearchResponseFieldFacetData] | Unset = UNSET
        if _severity is not UNSET:
            severity = []
            for severity_item_data in _severity:
                severity_item = IncidentSearchResponseFieldFacetData.from_dict(severity_item_data)

                severity.append(severity_item)

        _state = d.pop("state", UNSET)
        state: list[IncidentSearchResponseFieldFacetData] | Unset = UNSET
        if _state is not UNSET:
            state = []
            for state_item_data in _state:
                state_item = IncidentSearchResponseFieldFacetData.from_dict(state_item_data)

                state.append(state_item)

        _time_to_repair = d.pop("time_to_repair", UNSET)
        time_to_repair: list[IncidentSearchResponseNumericFacetData] | Unset = UNSET
        if _time_to_repair is not UNSET:
            time_to_repair = []
            for time_to_repair_item_data in _time_to_repair:
                time_to_repair_item = IncidentSearchResponseNumericFacetData.from_dict(time_to_repair_item_data)

                time_to_repair.append(time_to_repair_item)

        _time_to_resolve = d.pop("time_to_resolve", UNSET)
        time_to_resolve: list[IncidentSearchResponseNumericFacetData] | Unset = UNSET
        if _time_to_resolve is not UNSET:
            time_to_resolve = []
            for time_to_resolve_item_data in _time_to_resolve:
                time_to_resolve_item = IncidentSearchResponseNumericFacetData.from_dict(time_to_resolve_item_data)

                time_to_resolve.append(time_to_resolve_item)

        incident_search_response_facets_data = cls(
            commander=commander,
            created_by=created_by,
            fields=fields,
            impact=impact,
            last_modified_by=last_modified_by,
            postmortem=postmortem,
            responder=responder,
            severity=severity,
            state=state,
            time_to_repair=time_to_repair,
            time_to_resolve=time_to_resolve,
        )

        incident_search_response_facets_data.additional_properties = d
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
