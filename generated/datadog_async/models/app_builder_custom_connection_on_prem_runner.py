from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppBuilderCustomConnectionOnPremRunner")


@_attrs_define
class AppBuilderCustomConnectionOnPremRunner:
    """Information about the Private Action Runner used by the custom connection, if the custom connection is associated
    with a Private Action Runner.

    """

    id: str | Unset = UNSET
    """ The Private Action Runner ID. """
    url: str | Unset = UNSET
    """ The URL of the Private Action Runner. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        app_builder_custom_connection_on_prem_runner = cls(
            id=id,
            url=url,
        )

        app_builder_custom_connection_on_prem_runner.additional_properties = d
        return app_builder_custom_connection_on_prem_runner

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
