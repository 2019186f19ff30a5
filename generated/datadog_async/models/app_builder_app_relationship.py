from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.connections, Unset):
            field_dict["connections"] = [_v0.to_dict() for _v0 in self.connections]
        if not isinstance(self.deployment, Unset):
            field_dict["deployment"] = self.deployment.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        connections = d.get("connections", UNSET)
        if connections is UNSET:
            _absent += 1
        else:
            if not isinstance(connections, list):
                raise ModelValidationError.expected("connections", "an array", connections)
            try:
                connections = [AppBuilderCustomConnection.from_dict(_v0) for _v0 in connections]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, connections, AppBuilderCustomConnection.from_dict)
                _e.path.insert(0, "connections")
                raise
        deployment = d.get("deployment", UNSET)
        if deployment is UNSET:
            _absent += 1
        else:
            try:
                deployment = AppBuilderDeploymentRelationship.from_dict(deployment)
            except ModelValidationError as _e:
                _e.path.insert(0, "deployment")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_app_relationship = cls(
            connections,
            deployment,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            app_builder_app_relationship.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "connections",
        "deployment",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_custom_connection import AppBuilderCustomConnection  # noqa: E402
from ..models.app_builder_deployment_relationship import AppBuilderDeploymentRelationship  # noqa: E402
