from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_timeline_cell_markdown_content_type import (
    IncidentTimelineCellMarkdownContentType,
    check_incident_timeline_cell_markdown_content_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_timeline_cell_markdown_create_attributes_content import (
        IncidentTimelineCellMarkdownCreateAttributesContent,
    )


T = TypeVar("T", bound="IncidentTimelineCellMarkdownCreateAttributes")


@_attrs_define
class IncidentTimelineCellMarkdownCreateAttributes:
    """Timeline cell data for Markdown timeline cells for a create request."""

    cell_type: IncidentTimelineCellMarkdownContentType
    """ Type of the Markdown timeline cell. """
    content: IncidentTimelineCellMarkdownCreateAttributesContent
    """ The Markdown timeline cell contents. """
    important: bool | Unset = UNSET
    """ A flag indicating whether the timeline cell is important and should be highlighted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell_type: str = self.cell_type

        content = self.content.to_dict()

        important = self.important

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cell_type": cell_type,
                "content": content,
            }
        )
        if important is not UNSET:
            field_dict["important"] = important

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_timeline_cell_markdown_create_attributes_content import (
            IncidentTimelineCellMarkdownCreateAttributesContent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cell_type = check_incident_timeline_cell_markdown_content_type(d.pop("cell_type"))

        content = IncidentTimelineCellMarkdownCreateAttributesContent.from_dict(d.pop("content"))

        important = d.pop("important", UNSET)

        incident_timeline_cell_markdown_create_attributes = cls(
            cell_type=cell_type,
            content=content,
            important=important,
        )

        incident_timeline_cell_markdown_create_attributes.additional_properties = d
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
