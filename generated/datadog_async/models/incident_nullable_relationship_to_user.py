from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="IncidentNullableRelationshipToUser")


@_attrs_define
class IncidentNullableRelationshipToUser:
    """Relationship to user."""

    data: IncidentNullableRelationshipToUserData | None
    """ Relationship to user object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = None if self.data is None else self.data.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            data = d["data"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if data is not None:
            try:
                data = IncidentNullableRelationshipToUserData.from_dict(data)
            except ModelValidationError as _e:
                _e.path.insert(0, "data")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_nullable_relationship_to_user = cls(
            data,
        )
        if len(d) > 1:  # keys other than the fields above
            incident_nullable_relationship_to_user.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_nullable_relationship_to_user

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
        "data",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_nullable_relationship_to_user_data import IncidentNullableRelationshipToUserData  # noqa: E402
