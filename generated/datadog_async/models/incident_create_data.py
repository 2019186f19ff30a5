from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_type import IncidentType
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentCreateData")


@_attrs_define
class IncidentCreateData:
    """Incident data for a create request."""

    attributes: IncidentCreateAttributes
    """ The incident's attributes for a create request. """
    type_: IncidentType | str
    """ Incident resource type. """
    relationships: IncidentCreateRelationships | Unset = UNSET
    """ The relationships the incident will have with other resources once created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["attributes"] = self.attributes.to_dict()
        field_dict["type"] = self.type_
        if not isinstance(self.relationships, Unset):
            field_dict["relationships"] = self.relationships.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            attributes = d["attributes"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            attributes = IncidentCreateAttributes.from_dict(attributes)
        except ModelValidationError as _e:
            _e.path.insert(0, "attributes")
            raise
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        _absent = 0  # optional fields not in the object
        relationships = d.get("relationships", UNSET)
        if relationships is UNSET:
            _absent += 1
        else:
            try:
                relationships = IncidentCreateRelationships.from_dict(relationships)
            except ModelValidationError as _e:
                _e.path.insert(0, "relationships")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_create_data = cls(
            attributes,
            type_,
            relationships,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            incident_create_data.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return incident_create_data

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
        "attributes",
        "type",
        "relationships",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_create_attributes import IncidentCreateAttributes  # noqa: E402
from ..models.incident_create_relationships import IncidentCreateRelationships  # noqa: E402
