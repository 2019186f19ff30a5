from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_http_integration_type import (
    ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES,
    ActionConnectionHTTPIntegrationType,
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
    _rejected,
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="ActionConnectionHTTPIntegrationUpdate")


@_attrs_define(init=False)
class ActionConnectionHTTPIntegrationUpdate(DatadogModel):
    """The definition of HTTPIntegrationUpdate object."""

    type_: ActionConnectionHTTPIntegrationType | str
    """ The definition of HTTPIntegrationType object. """
    base_url: str | None
    """ Base HTTP url for the integration """
    credentials: ActionConnectionHTTPTokenAuthUpdate | None
    """ The definition of HTTPTokenAuthUpdate object. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        type_: ActionConnectionHTTPIntegrationType = "HTTP",
        base_url: str | None | Unset = UNSET,
        credentials: ActionConnectionHTTPTokenAuthUpdate | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.type_ = type_
        _absent = 0
        if type(base_url) is Unset:
            _absent |= 1
            self.base_url = None
        else:
            self.base_url = base_url
        if type(credentials) is Unset:
            _absent |= 2
            self.credentials = None
        else:
            self.credentials = credentials
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["type"] = self.type_
        if self.base_url is not None:
            field_dict["base_url"] = self.base_url
        elif not self._absent & 1:
            field_dict["base_url"] = None
        if self.credentials is not None:
            field_dict["credentials"] = self.credentials.to_dict()
        elif not self._absent & 2:
            field_dict["credentials"] = None
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
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        if type_ != "HTTP":
            _devs = _unknown_value(_devs, ("type",), ACTION_CONNECTION_HTTP_INTEGRATION_TYPE_VALUES, type_)
        _absent = 0  # bit i: optional field i is not in the object
        base_url = d.get("base_url", UNSET)
        if not isinstance(base_url, str):
            if base_url is UNSET:
                _absent |= 1
                base_url = None
            elif base_url is not None:
                _devs, _raw = _wrong(_devs, _raw, "base_url", "a string", base_url)
                base_url = None
        credentials = d.get("credentials", UNSET)
        if credentials is UNSET:
            _absent |= 2
            credentials = None
        elif credentials is not None:
            _src = credentials
            try:
                credentials = ActionConnectionHTTPTokenAuthUpdate.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "credentials")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "credentials", _src, _e)
                credentials = None
            else:
                if credentials._deviations:
                    _devs = _lift(_devs, ("credentials",), credentials._deviations)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        action_connection_http_integration_update = object.__new__(cls)
        action_connection_http_integration_update.type_ = type_
        action_connection_http_integration_update.base_url = base_url
        action_connection_http_integration_update.credentials = credentials
        action_connection_http_integration_update._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            action_connection_http_integration_update._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, action_connection_http_integration_update._extra)
        else:
            action_connection_http_integration_update._extra = None
        action_connection_http_integration_update._raw = _raw
        action_connection_http_integration_update._deviations = () if _devs is None else tuple(_devs)
        return action_connection_http_integration_update

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


_lazy_extra(ActionConnectionHTTPIntegrationUpdate)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "base_url",
        "credentials",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.action_connection_http_token_auth_update import ActionConnectionHTTPTokenAuthUpdate  # noqa: E402
