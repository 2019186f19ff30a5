from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _wrong,
)

T = TypeVar("T", bound="IncidentTimelineCellMarkdownCreateAttributesContent")


@_attrs_define(init=False)
class IncidentTimelineCellMarkdownCreateAttributesContent(DatadogModel):
    """The Markdown timeline cell contents."""

    content: str | None
    """ The Markdown content of the cell. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        content: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(content) is Unset:
            _absent |= 1
            self.content = None
        else:
            self.content = content
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.content is not None:
            field_dict["content"] = self.content
        elif not self._absent & 1:
            field_dict["content"] = None
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
        _absent = 0  # bit i: optional field i is not in the object
        content = d.get("content", UNSET)
        if not isinstance(content, str):
            if content is UNSET:
                _absent |= 1
                content = None
            elif content is not None:
                _devs, _raw = _wrong(_devs, _raw, "content", "a string", content)
                content = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_timeline_cell_markdown_create_attributes_content = object.__new__(cls)
        incident_timeline_cell_markdown_create_attributes_content.content = content
        incident_timeline_cell_markdown_create_attributes_content._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 1:  # other keys
            incident_timeline_cell_markdown_create_attributes_content._extra = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_timeline_cell_markdown_create_attributes_content._extra)
        else:
            incident_timeline_cell_markdown_create_attributes_content._extra = None
        incident_timeline_cell_markdown_create_attributes_content._raw = _raw
        incident_timeline_cell_markdown_create_attributes_content._deviations = () if _devs is None else tuple(_devs)
        return incident_timeline_cell_markdown_create_attributes_content

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


_lazy_extra(IncidentTimelineCellMarkdownCreateAttributesContent)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "content",
    }
)
