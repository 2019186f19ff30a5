from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_timeline_cell_markdown_content_type import (
    INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES,
    IncidentTimelineCellMarkdownContentType,
)
from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _lift,
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="IncidentTimelineCellMarkdownCreateAttributes")


@_attrs_define(init=False)
class IncidentTimelineCellMarkdownCreateAttributes(DatadogModel):
    """Timeline cell data for Markdown timeline cells for a create request."""

    cell_type: IncidentTimelineCellMarkdownContentType | str
    """ Type of the Markdown timeline cell. """
    content: IncidentTimelineCellMarkdownCreateAttributesContent
    """ The Markdown timeline cell contents. """
    important: bool | None
    """ A flag indicating whether the timeline cell is important and should be highlighted. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        content: IncidentTimelineCellMarkdownCreateAttributesContent,
        cell_type: IncidentTimelineCellMarkdownContentType = "markdown",
        important: bool | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.cell_type = cell_type
        self.content = content
        _absent = 0
        if type(important) is Unset:
            _absent |= 1
            self.important = None
        else:
            self.important = important
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["cell_type"] = self.cell_type
        field_dict["content"] = self.content.to_dict()
        if self.important is not None:
            field_dict["important"] = self.important
        elif not self._absent & 1:
            field_dict["important"] = None
        if self._raw:  # values of the wrong type, kept as they came (their fields read None)
            for _key, _value in self._raw.items():
                if field_dict.get(_key) is None:
                    field_dict[_key] = _value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _devs: list[Deviation] | None = None
        _raw: dict[str, Any] | None = None
        try:
            cell_type = d["cell_type"]
            content = d["content"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(cell_type, str):
            raise ModelValidationError.expected("cell_type", "a string", cell_type)
        if cell_type != "markdown":
            _devs = _unknown_value(
                _devs, ("cell_type",), INCIDENT_TIMELINE_CELL_MARKDOWN_CONTENT_TYPE_VALUES, cell_type
            )
        try:
            content = IncidentTimelineCellMarkdownCreateAttributesContent.from_dict(content)
        except ModelValidationError as _e:
            _e.path.insert(0, "content")
            raise
        if content._deviations:
            _devs = _lift(_devs, ("content",), content._deviations)
        _absent = 0  # bit i: optional field i is not in the object
        important = d.get("important", UNSET)
        if not isinstance(important, bool):
            if important is UNSET:
                _absent |= 1
                important = None
            elif important is not None:
                _devs, _raw = _wrong(_devs, _raw, "important", "a boolean", important)
                important = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_timeline_cell_markdown_create_attributes = object.__new__(cls)
        incident_timeline_cell_markdown_create_attributes.cell_type = cell_type
        incident_timeline_cell_markdown_create_attributes.content = content
        incident_timeline_cell_markdown_create_attributes.important = important
        incident_timeline_cell_markdown_create_attributes._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            incident_timeline_cell_markdown_create_attributes._extra = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_timeline_cell_markdown_create_attributes._extra)
        else:
            incident_timeline_cell_markdown_create_attributes._extra = None
        incident_timeline_cell_markdown_create_attributes._raw = _raw
        incident_timeline_cell_markdown_create_attributes._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(IncidentTimelineCellMarkdownCreateAttributes)


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
