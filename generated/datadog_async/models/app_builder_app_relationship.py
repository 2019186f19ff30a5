from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_builder_custom_connection import AppBuilderCustomConnection
    from ..models.app_builder_deployment_relationship import AppBuilderDeploymentRelationship


T = TypeVar("T", bound="AppBuilderAppRelationship")


@_attrs_define
class AppBuilderAppRelationship:
    """The app's publication relationship and custom connections."""

    connections: list[AppBuilderCustomConnection] | Unset = UNSET
    """ Array of custom connections used by the app. """
    deployment: AppBuilderDeploymentRelationship | Unset = UNSET
    """ Information pointing to the app's publication status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connections, Unset):
            connections = []
            for connections_item_data in self.connections:
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment, Unset):
            deployment = self.deployment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connections is not UNSET:
            field_dict["connections"] = connections
        if deployment is not UNSET:
            field_dict["deployment"] = deployment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_builder_custom_connection import AppBuilderCustomConnection  # noqa: PLC0415
        from ..models.app_builder_deployment_relationship import AppBuilderDeploymentRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _connections = d.pop("connections", UNSET)
        connections: list[AppBuilderCustomConnection] | Unset = UNSET
        if _connections is not UNSET:
            connections = []
            for connections_item_data in _connections:
                connections_item = AppBuilderCustomConnection.from_dict(connections_item_data)

                connections.append(connections_item)

        _deployment = d.pop("deployment", UNSET)
        deployment: AppBuilderDeploymentRelationship | Unset
        if isinstance(_deployment, Unset):
            deployment = UNSET
        else:
            deployment = AppBuilderDeploymentRelationship.from_dict(_deployment)

        app_builder_app_relationship = cls(
            connections=connections,
            deployment=deployment,
        )

        app_builder_app_relationship.additional_properties = d
        return app_builder_app_relationship

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
