from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    _as_object,
    _count,
    _deeper,
    _extra_fields,
    _lazy_extra,
    _lift,
    _union_fallback,
    _unknown_shape,
)

T = TypeVar("T", bound="ActionConnectionAttributes")


@_attrs_define(init=False)
class ActionConnectionAttributes(DatadogModel):
    """The definition of ActionConnectionAttributes object."""

    integration: ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration | dict[str, Any]
    """ The definition of ActionConnectionIntegration object. """
    name: str
    """ Name of the connection """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        integration: ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration,
        name: str,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.integration = integration
        self.name = name
        self._absent = 0
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["integration"] = _dump_integration(self.integration)
        field_dict["name"] = self.name
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
            integration = d["integration"]
            name = d["name"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            integration = _parse_integration(integration)
        except ModelValidationError as _e:
            _e.path.insert(0, "integration")
            raise
        if isinstance(integration, dict):
            _devs = _unknown_shape(
                _devs,
                ("integration",),
                "ActionConnectionAWSIntegration or ActionConnectionHTTPIntegration",
                integration,
            )
        elif integration._deviations:
            _devs = _lift(_devs, ("integration",), integration._deviations)
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        action_connection_attributes = object.__new__(cls)
        action_connection_attributes.integration = integration
        action_connection_attributes.name = name
        action_connection_attributes._absent = 0
        if len(d) > 2:  # other keys
            action_connection_attributes._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, action_connection_attributes._extra)
        else:
            action_connection_attributes._extra = None
        action_connection_attributes._raw = _raw
        action_connection_attributes._deviations = () if _devs is None else tuple(_devs)
        return action_connection_attributes

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


_lazy_extra(ActionConnectionAttributes)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "integration",
        "name",
    }
)


def _parse_integration(data: Any) -> ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # An option that parses with deviations is only a candidate: another may fit exactly (the best one wins).
        _best: Any = None
        # ActionConnectionAWSIntegration (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"AWS"}:
            try:
                _option1 = ActionConnectionAWSIntegration.from_dict(data)
            except ModelValidationError as _e:
                if data.get("type") is not None:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
            else:
                if not _option1._deviations:
                    return _option1
                if _best is None or _count(_option1._deviations) < _count(_best._deviations):
                    _best = _option1
        # ActionConnectionHTTPIntegration (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"HTTP"}:
            try:
                _option2 = ActionConnectionHTTPIntegration.from_dict(data)
            except ModelValidationError as _e:
                if data.get("type") is not None:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
            else:
                if not _option2._deviations:
                    return _option2
                if _best is None or _count(_option2._deviations) < _count(_best._deviations):
                    _best = _option2
        if _best is not None:
            return _best  # type: ignore[no-any-return]
        return _union_fallback(
            data,
            _tagged_error,
            _error,
            ("type",),
            "type",
        )
    raise ModelValidationError.expected(None, "an object", data)


def _dump_integration(value: ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration | dict[str, Any]) -> Any:
    if isinstance(value, ActionConnectionAWSIntegration):
        return value.to_dict()
    if isinstance(value, ActionConnectionHTTPIntegration):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.action_connection_aws_integration import ActionConnectionAWSIntegration  # noqa: E402
from ..models.action_connection_http_integration import ActionConnectionHTTPIntegration  # noqa: E402
