from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_todo_anonymous_assignee_source import (
    INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES,
    IncidentTodoAnonymousAssigneeSource,
)
from ..types import (
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _unknown_value,
)

T = TypeVar("T", bound="IncidentTodoAnonymousAssignee")


@_attrs_define(init=False)
class IncidentTodoAnonymousAssignee(DatadogModel):
    """Anonymous assignee entity."""

    icon: str
    """ URL for assignee's icon. """
    id: str
    """ Anonymous assignee's ID. """
    name: str
    """ Assignee's name. """
    source: IncidentTodoAnonymousAssigneeSource | str
    """ The source of the anonymous assignee. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        icon: str,
        id: str,
        name: str,
        source: IncidentTodoAnonymousAssigneeSource,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.icon = icon
        self.id = id
        self.name = name
        self.source = source
        self._absent = 0
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["icon"] = self.icon
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["source"] = self.source
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
            icon = d["icon"]
            id = d["id"]
            name = d["name"]
            source = d["source"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(icon, str):
            raise ModelValidationError.expected("icon", "a string", icon)
        if not isinstance(id, str):
            raise ModelValidationError.expected("id", "a string", id)
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)
        if not isinstance(source, str):
            raise ModelValidationError.expected("source", "a string", source)
        if source not in {"microsoft_teams", "slack"}:
            _devs = _unknown_value(_devs, ("source",), INCIDENT_TODO_ANONYMOUS_ASSIGNEE_SOURCE_VALUES, source)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_todo_anonymous_assignee = object.__new__(cls)
        incident_todo_anonymous_assignee.icon = icon
        incident_todo_anonymous_assignee.id = id
        incident_todo_anonymous_assignee.name = name
        incident_todo_anonymous_assignee.source = source
        incident_todo_anonymous_assignee._absent = 0
        if len(d) > 4:  # other keys
            incident_todo_anonymous_assignee._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_todo_anonymous_assignee._extra)
        else:
            incident_todo_anonymous_assignee._extra = None
        incident_todo_anonymous_assignee._raw = _raw
        incident_todo_anonymous_assignee._deviations = () if _devs is None else tuple(_devs)
        return incident_todo_anonymous_assignee

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


_lazy_extra(IncidentTodoAnonymousAssignee)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "icon",
        "id",
        "name",
        "source",
    }
)
