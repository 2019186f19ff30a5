from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_connection_aws_integration_update import ActionConnectionAWSIntegrationUpdate
    from ..models.action_connection_http_integration_update import ActionConnectionHTTPIntegrationUpdate


T = TypeVar("T", bound="ActionConnectionAttributesUpdate")


@_attrs_define
class ActionConnectionAttributesUpdate:
    """The definition of ActionConnectionAttributesUpdate object."""

    integration: ActionConnectionAWSIntegrationUpdate | ActionConnectionHTTPIntegrationUpdate | Unset = UNSET
    """ The definition of ActionConnectionIntegrationUpdate object. """
    name: str | Unset = UNSET
    """ Name of the connection """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_connection_aws_integration_update import ActionConnectionAWSIntegrationUpdate  # noqa: PLC0415

        integration: dict[str, Any] | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        elif isinstance(self.integration, ActionConnectionAWSIntegrationUpdate):
            integration = self.integration.to_dict()
        else:
            integration = self.integration.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration is not UNSET:
            field_dict["integration"] = integration
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_connection_aws_integration_update import ActionConnectionAWSIntegrationUpdate  # noqa: PLC0415
        from ..models.action_connection_http_integration_update import ActionConnectionHTTPIntegrationUpdate  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_integration(
            data: object,
        ) -> ActionConnectionAWSIntegrationUpdate | ActionConnectionHTTPIntegrationUpdate | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_connection_integration_update_type_0 = (
                    ActionConnectionAWSIntegrationUpdate.from_dict(data)
                )

                return componentsschemas_action_connection_integration_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_action_connection_integration_update_type_1 = (
                ActionConnectionHTTPIntegrationUpdate.from_dict(data)
            )

            return componentsschemas_action_connection_integration_update_type_1

        integration = _parse_integration(d.pop("integration", UNSET))

        name = d.pop("name", UNSET)

        action_connection_attributes_update = cls(
            integration=integration,
            name=name,
        )

        action_connection_attributes_update.additional_properties = d
        return action_connection_attributes_update

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
