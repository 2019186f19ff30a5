from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_connection_aws_integration import ActionConnectionAWSIntegration
    from ..models.action_connection_http_integration import ActionConnectionHTTPIntegration


T = TypeVar("T", bound="ActionConnectionAttributes")


@_attrs_define
class ActionConnectionAttributes:
    """The definition of ActionConnectionAttributes object."""

    integration: ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration
    """ The definition of ActionConnectionIntegration object. """
    name: str
    """ Name of the connection """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_connection_aws_integration import ActionConnectionAWSIntegration  # noqa: PLC0415

        integration: dict[str, Any]
        if isinstance(self.integration, ActionConnectionAWSIntegration):
            integration = self.integration.to_dict()
        else:
            integration = self.integration.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration": integration,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_connection_aws_integration import ActionConnectionAWSIntegration  # noqa: PLC0415
        from ..models.action_connection_http_integration import ActionConnectionHTTPIntegration  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_integration(data: object) -> ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_connection_integration_type_0 = ActionConnectionAWSIntegration.from_dict(data)

                return componentsschemas_action_connection_integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_action_connection_integration_type_1 = ActionConnectionHTTPIntegration.from_dict(data)

            return componentsschemas_action_connection_integration_type_1

        integration = _parse_integration(d.pop("integration"))

        name = d.pop("name")

        action_connection_attributes = cls(
            integration=integration,
            name=name,
        )

        action_connection_attributes.additional_properties = d
        return action_connection_attributes

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
