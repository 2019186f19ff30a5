from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_search_results_type import IncidentSearchResultsType, check_incident_search_results_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_search_response_attributes import IncidentSearchResponseAttributes


T = TypeVar("T", bound="IncidentSearchResponseData")


@_attrs_define
class IncidentSearchResponseData:
    """Data returned by an incident search."""

    attributes: IncidentSearchResponseAttributes | Unset = UNSET
    """ Attributes returned by an incident search. """
    type_: IncidentSearchResultsType | Unset = UNSET
    """ Incident search result type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_search_response_attributes import IncidentSearchResponseAttributes  # noqa: PLC0415

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: IncidentSearchResponseAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = IncidentSearchResponseAttributes.from_dict(_attributes)

        _type_ = d.pop("type", UNSET)
        type_: IncidentSearchResultsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_incident_search_results_type(_type_)

        incident_search_response_data = cls(
            attributes=attributes,
            type_=type_,
        )

        incident_search_response_data.additional_properties = d
        return incident_search_response_data

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
