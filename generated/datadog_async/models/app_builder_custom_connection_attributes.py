from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_custom_connection_on_prem_runner import AppBuilderCustomConnectionOnPremRunner


T = TypeVar("T", bound="AppBuilderCustomConnectionAttributes")


@_attrs_define
class AppBuilderCustomConnectionAttributes:
    """The custom connection attributes."""

    name: str | Unset = UNSET
    """ The name of the custom connection. """
    on_prem_runner: AppBuilderCustomConnectionOnPremRunner | Unset = UNSET
    """ Information about the Private Action Runner used by the custom connection, if the custom connection is
    associated with a Private Action Runner. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        on_prem_runner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_prem_runner, Unset):
            on_prem_runner = self.on_prem_runner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if on_prem_runner is not UNSET:
            field_dict["onPremRunner"] = on_prem_runner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_custom_connection_on_prem_runner import AppBuilderCustomConnectionOnPremRunner  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _on_prem_runner = d.pop("onPremRunner", UNSET)
        on_prem_runner: AppBuilderCustomConnectionOnPremRunner | Unset
        if isinstance(_on_prem_runner, Unset):
            on_prem_runner = UNSET
        else:
            on_prem_runner = AppBuilderCustomConnectionOnPremRunner.from_dict(_on_prem_runner)

        app_builder_custom_connection_attributes = cls(
            name=name,
            on_prem_runner=on_prem_runner,
        )

        app_builder_custom_connection_attributes.additional_properties = d
        return app_builder_custom_connection_attributes

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
