from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentIntegrationMetadataListMetaPagination")


@_attrs_define
class IncidentIntegrationMetadataListMetaPagination:
    """Pagination properties."""

    next_offset: int | Unset = UNSET
    """ The index of the first element in the next page of results. Equal to page size added to the current offset.
    """
    offset: int | Unset = UNSET
    """ The index of the first element in the results. """
    size: int | Unset = UNSET
    """ Maximum size of pages to return. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_offset = self.next_offset

        offset = self.offset

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset
        if offset is not UNSET:
            field_dict["offset"] = offset
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        next_offset = d.pop("next_offset", UNSET)

        offset = d.pop("offset", UNSET)

        size = d.pop("size", UNSET)

        incident_integration_metadata_list_meta_pagination = cls(
            next_offset=next_offset,
            offset=offset,
            size=size,
        )

        incident_integration_metadata_list_meta_pagination.additional_properties = d
        return incident_integration_metadata_list_meta_pagination

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
