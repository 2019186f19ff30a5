from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentSearchResponseUserFacetData")


@_attrs_define
class IncidentSearchResponseUserFacetData:
    """Facet data for user attributes of an incident."""

    count: int | Unset = UNSET
    """ Count of the facet value appearing in search results. """
    email: str | Unset = UNSET
    """ Email of the user. """
    handle: str | Unset = UNSET
    """ Handle of the user. """
    name: str | Unset = UNSET
    """ Name of the user. """
    uuid: str | Unset = UNSET
    """ ID of the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        email = self.email

        handle = self.handle

        name = self.name

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if email is not UNSET:
            field_dict["email"] = email
        if handle is not UNSET:
            field_dict["handle"] = handle
        if name is not UNSET:
            field_dict["name"] = name
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        email = d.pop("email", UNSET)

        handle = d.pop("handle", UNSET)

        name = d.pop("name", UNSET)

        uuid = d.pop("uuid", UNSET)

        incident_search_response_user_facet_data = cls(
            count=count,
            email=email,
            handle=handle,
            name=name,
            uuid=uuid,
        )

        incident_search_response_user_facet_data.additional_properties = d
        return incident_search_response_user_facet_data

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
