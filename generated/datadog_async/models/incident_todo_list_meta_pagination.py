from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentTodoListMetaPagination")


@_attrs_define
class IncidentTodoListMetaPagination:
    """Pagination properties."""

    next_offset: int | Unset = UNSET
    """ The index of the first element in the next page of results. Equal to page size added to the current offset.
    """
    offset: int | Unset = UNSET
    """ The index of the first element in the results. """
    size: int | Unset = UNSET
    """ Maximum size of pages to return. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.next_offset, Unset):
            field_dict["next_offset"] = self.next_offset
        if not isinstance(self.offset, Unset):
            field_dict["offset"] = self.offset
        if not isinstance(self.size, Unset):
            field_dict["size"] = self.size
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        next_offset = d.get("next_offset", UNSET)
        if next_offset.__class__ is not int and (isinstance(next_offset, bool) or not isinstance(next_offset, int)):
            if next_offset is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("next_offset", "an integer", next_offset)
        offset = d.get("offset", UNSET)
        if offset.__class__ is not int and (isinstance(offset, bool) or not isinstance(offset, int)):
            if offset is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("offset", "an integer", offset)
        size = d.get("size", UNSET)
        if size.__class__ is not int and (isinstance(size, bool) or not isinstance(size, int)):
            if size is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("size", "an integer", size)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_todo_list_meta_pagination = cls(
            next_offset,
            offset,
            size,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            incident_todo_list_meta_pagination.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_todo_list_meta_pagination

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
        "next_offset",
        "offset",
        "size",
    }
)
