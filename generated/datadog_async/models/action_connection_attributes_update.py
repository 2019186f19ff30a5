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
    ModelValidationError,
    Unset,
    _as_object,
    _count,
    _deeper,
    _extra_fields,
    _lazy_extra,
    _lift,
    _rejected,
    _union_fallback,
    _unknown_shape,
    _wrong,
)

T = TypeVar("T", bound="ActionConnectionAttributesUpdate")


@_attrs_define(init=False)
class ActionConnectionAttributesUpdate(DatadogModel):
    """The definition of ActionConnectionAttributesUpdate object."""

    integration: ActionConnectionAWSIntegrationUpdate | ActionConnectionHTTPIntegrationUpdate | dict[str, Any] | None
    """ The definition of ActionConnectionIntegrationUpdate object. """
    name: str | None
    """ Name of the connection """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        integration: ActionConnectionAWSIntegrationUpdate
        | ActionConnectionHTTPIntegrationUpdate
        | None
        | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(integration) is Unset:
            _absent |= 1
            self.integration = None
        else:
            self.integration = integration
        if type(name) is Unset:
            _absent |= 2
            self.name = None
        else:
            self.name = name
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.integration is not None:
            field_dict["integration"] = _dump_integration(self.integration)
        elif not self._absent & 1:
            field_dict["integration"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif not self._absent & 2:
            field_dict["name"] = None
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
        integration = d.get("integration", UNSET)
        if integration is UNSET:
            _absent |= 1
            integration = None
        elif integration is not None:
            _src = integration
            try:
                integration = _parse_integration(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "integration")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "integration", _src, _e)
                integration = None
            else:
                if isinstance(integration, dict):
                    _devs = _unknown_shape(
                        _devs,
                        ("integration",),
                        "ActionConnectionAWSIntegrationUpdate or ActionConnectionHTTPIntegrationUpdate",
                        integration,
                    )
                elif integration._deviations:
                    _devs = _lift(_devs, ("integration",), integration._deviations)
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent |= 2
                name = None
            elif name is not None:
                _devs, _raw = _wrong(_devs, _raw, "name", "a string", name)
                name = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        action_connection_attributes_update = object.__new__(cls)
        action_connection_attributes_update.integration = integration
        action_connection_attributes_update.name = name
        action_connection_attributes_update._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            action_connection_attributes_update._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, action_connection_attributes_update._extra)
        else:
            action_connection_attributes_update._extra = None
        action_connection_attributes_update._raw = _raw
        action_connection_attributes_update._deviations = () if _devs is None else tuple(_devs)
        return action_connection_attributes_update

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


_lazy_extra(ActionConnectionAttributesUpdate)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "integration",
        "name",
    }
)


def _parse_integration(
    data: Any,
) -> ActionConnectionAWSIntegrationUpdate | ActionConnectionHTTPIntegrationUpdate | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # An option that parses with deviations is only a candidate: another may fit exactly (the best one wins).
        _best: Any = None
        # ActionConnectionAWSIntegrationUpdate (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"AWS"}:
            try:
                _option1 = ActionConnectionAWSIntegrationUpdate.from_dict(data)
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
        # ActionConnectionHTTPIntegrationUpdate (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"HTTP"}:
            try:
                _option2 = ActionConnectionHTTPIntegrationUpdate.from_dict(data)
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


def _dump_integration(
    value: ActionConnectionAWSIntegrationUpdate | ActionConnectionHTTPIntegrationUpdate | dict[str, Any],
) -> Any:
    if isinstance(value, ActionConnectionAWSIntegrationUpdate):
        return value.to_dict()
    if isinstance(value, ActionConnectionHTTPIntegrationUpdate):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.action_connection_aws_integration_update import ActionConnectionAWSIntegrationUpdate  # noqa: E402
from ..models.action_connection_http_integration_update import ActionConnectionHTTPIntegrationUpdate  # noqa: E402
