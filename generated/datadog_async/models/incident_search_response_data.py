from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_search_results_type import IncidentSearchResultsType
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentSearchResponseData")


@_attrs_define
class IncidentSearchResponseData:
    """Data returned by an incident search."""

    attributes: IncidentSearchResponseAttributes | Unset = UNSET
    """ Attributes returned by an incident search. """
    type_: IncidentSearchResultsType | str | Unset = UNSET
    """ Incident search result type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.attributes, Unset):
            field_dict["attributes"] = self.attributes.to_dict()
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        attributes = d.get("attributes", UNSET)
        if attributes is UNSET:
            _absent += 1
        else:
            try:
                attributes = IncidentSearchResponseAttributes.from_dict(attributes)
            except ModelValidationError as _e:
                _e.path.insert(0, "attributes")
                raise
        type_ = d.get("type", UNSET)
        if not isinstance(type_, str):
            if type_ is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("type", "a string", type_)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_search_response_data = cls(
            attributes,
            type_,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            incident_search_response_data.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return incident_search_response_data

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
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_search_response_attributes import IncidentSearchResponseAttributes  # noqa: E402
