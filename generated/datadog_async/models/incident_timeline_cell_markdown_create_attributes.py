from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_timeline_cell_markdown_content_type import (
    IncidentTimelineCellMarkdownContentType,
)
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentTimelineCellMarkdownCreateAttributes")


@_attrs_define
class IncidentTimelineCellMarkdownCreateAttributes:
    """Timeline cell data for Markdown timeline cells for a create request."""

    cell_type: IncidentTimelineCellMarkdownContentType | str
    """ Type of the Markdown timeline cell. """
    content: IncidentTimelineCellMarkdownCreateAttributesContent
    """ The Markdown timeline cell contents. """
    important: bool | Unset = UNSET
    """ A flag indicating whether the timeline cell is important and should be highlighted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["cell_type"] = self.cell_type
        field_dict["content"] = self.content.to_dict()
        if not isinstance(self.important, Unset):
            field_dict["important"] = self.important
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            cell_type = d["cell_type"]
            content = d["content"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(cell_type, str):
            raise ModelValidationError.expected("cell_type", "a string", cell_type)
        try:
            content = IncidentTimelineCellMarkdownCreateAttributesContent.from_dict(content)
        except ModelValidationError as _e:
            _e.path.insert(0, "content")
            raise
        _absent = 0  # optional fields not in the object
        important = d.get("important", UNSET)
        if not isinstance(important, bool):
            if important is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("important", "a boolean", important)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_timeline_cell_markdown_create_attributes = cls(
            cell_type,
            content,
            important,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            incident_timeline_cell_markdown_create_attributes.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_timeline_cell_markdown_create_attributes

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
        "cell_type",
        "content",
        "important",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_timeline_cell_markdown_create_attributes_content import (
    IncidentTimelineCellMarkdownCreateAttributesContent,  # noqa: E402
)
