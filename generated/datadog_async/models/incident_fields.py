from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.incident_field_attributes_multiple_value import IncidentFieldAttributesMultipleValue
    from ..models.incident_field_attributes_single_value import IncidentFieldAttributesSingleValue


T = TypeVar("T", bound="IncidentFields")


@_attrs_define
class IncidentFields:
    """A condensed view of the user-defined fields of an incident: dynamic fields for which selections can be made, with
    field names as keys.

    """

    additional_properties: dict[str, IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_field_attributes_multiple_value import IncidentFieldAttributesMultipleValue  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, IncidentFieldAttributesMultipleValue):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_field_attributes_multiple_value import IncidentFieldAttributesMultipleValue  # noqa: PLC0415
        from ..models.incident_field_attributes_single_value import IncidentFieldAttributesSingleValue  # noqa: PLC0415

        d = dict(src_dict)
        incident_fields = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_incident_field_attributes_type_0 = IncidentFieldAttributesMultipleValue.from_dict(
                        data
                    )

                    return componentsschemas_incident_field_attributes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_incident_field_attributes_type_1 = IncidentFieldAttributesSingleValue.from_dict(data)

                return componentsschemas_incident_field_attributes_type_1

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        incident_fields.additional_properties = additional_properties
        return incident_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: IncidentFieldAttributesMultipleValue | IncidentFieldAttributesSingleValue
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
