from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_http_token_auth_type import (
    ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES,
    ActionConnectionHTTPTokenAuthType,
)
from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _deviations_of,
    _extra_fields,
    _lazy_extra,
    _lift,
    _lift_items,
    _rejected,
    _unknown_value,
)

T = TypeVar("T", bound="ActionConnectionHTTPTokenAuthUpdate")


@_attrs_define(init=False)
class ActionConnectionHTTPTokenAuthUpdate(DatadogModel):
    """The definition of HTTPTokenAuthUpdate object."""

    type_: ActionConnectionHTTPTokenAuthType | str
    """ The definition of HTTPTokenAuthType object. """
    body: ActionConnectionHTTPBody | None
    """ The definition of HTTPBody object. """
    headers: list[ActionConnectionHTTPHeaderUpdate] | None
    """ The HTTPTokenAuthUpdate headers. """
    tokens: list[ActionConnectionHTTPTokenUpdate] | None
    """ The HTTPTokenAuthUpdate tokens. """
    url_parameters: list[ActionConnectionUrlParamUpdate] | None
    """ The HTTPTokenAuthUpdate url_parameters. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        type_: ActionConnectionHTTPTokenAuthType = "HTTPTokenAuth",
        body: ActionConnectionHTTPBody | None | Unset = UNSET,
        headers: list[ActionConnectionHTTPHeaderUpdate] | None | Unset = UNSET,
        tokens: list[ActionConnectionHTTPTokenUpdate] | None | Unset = UNSET,
        url_parameters: list[ActionConnectionUrlParamUpdate] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.type_ = type_
        _absent = 0
        if type(body) is Unset:
            _absent |= 1
            self.body = None
        else:
            self.body = body
        if type(headers) is Unset:
            _absent |= 2
            self.headers = None
        else:
            self.headers = headers
        if type(tokens) is Unset:
            _absent |= 4
            self.tokens = None
        else:
            self.tokens = tokens
        if type(url_parameters) is Unset:
            _absent |= 8
            self.url_parameters = None
        else:
            self.url_parameters = url_parameters
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["type"] = self.type_
        if self.body is not None:
            field_dict["body"] = self.body.to_dict()
        elif not self._absent & 1:
            field_dict["body"] = None
        if self.headers is not None:
            field_dict["headers"] = [_v0.to_dict() for _v0 in self.headers]
        elif not self._absent & 2:
            field_dict["headers"] = None
        if self.tokens is not None:
            field_dict["tokens"] = [_v0.to_dict() for _v0 in self.tokens]
        elif not self._absent & 4:
            field_dict["tokens"] = None
        if self.url_parameters is not None:
            field_dict["url_parameters"] = [_v0.to_dict() for _v0 in self.url_parameters]
        elif not self._absent & 8:
            field_dict["url_parameters"] = None
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
        if type_ != "HTTPTokenAuth":
            _devs = _unknown_value(_devs, ("type",), ACTION_CONNECTION_HTTP_TOKEN_AUTH_TYPE_VALUES, type_)
        _absent = 0  # bit i: optional field i is not in the object
        body = d.get("body", UNSET)
        if body is UNSET:
            _absent |= 1
            body = None
        elif body is not None:
            _src = body
            try:
                body = ActionConnectionHTTPBody.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "body")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "body", _src, _e)
                body = None
            else:
                if body._deviations:
                    _devs = _lift(_devs, ("body",), body._deviations)
        headers = d.get("headers", UNSET)
        if headers is UNSET:
            _absent |= 2
            headers = None
        elif headers is not None:
            _src = headers
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    headers = [ActionConnectionHTTPHeaderUpdate.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, ActionConnectionHTTPHeaderUpdate.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "headers")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "headers", _src, _e)
                headers = None
            else:
                if any(map(_deviations_of, headers)):
                    _devs = _lift_items(_devs, ("headers",), headers)
        tokens = d.get("tokens", UNSET)
        if tokens is UNSET:
            _absent |= 4
            tokens = None
        elif tokens is not None:
            _src = tokens
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    tokens = [ActionConnectionHTTPTokenUpdate.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, ActionConnectionHTTPTokenUpdate.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "tokens")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "tokens", _src, _e)
                tokens = None
            else:
                if any(map(_deviations_of, tokens)):
                    _devs = _lift_items(_devs, ("tokens",), tokens)
        url_parameters = d.get("url_parameters", UNSET)
        if url_parameters is UNSET:
            _absent |= 8
            url_parameters = None
        elif url_parameters is not None:
            _src = url_parameters
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                try:
                    url_parameters = [ActionConnectionUrlParamUpdate.from_dict(_v0) for _v0 in _src]
                except ModelValidationError as _e:
                    ModelValidationError.at_index(_e, _src, ActionConnectionUrlParamUpdate.from_dict)
                    raise
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "url_parameters")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "url_parameters", _src, _e)
                url_parameters = None
            else:
                if any(map(_deviations_of, url_parameters)):
                    _devs = _lift_items(_devs, ("url_parameters",), url_parameters)

        # Attributes stored directly (no __init__): the parse above already decided every value.
        action_connection_http_token_auth_update = object.__new__(cls)
        action_connection_http_token_auth_update.type_ = type_
        action_connection_http_token_auth_update.body = body
        action_connection_http_token_auth_update.headers = headers
        action_connection_http_token_auth_update.tokens = tokens
        action_connection_http_token_auth_update.url_parameters = url_parameters
        action_connection_http_token_auth_update._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 5:  # other keys
            action_connection_http_token_auth_update._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, action_connection_http_token_auth_update._extra)
        else:
            action_connection_http_token_auth_update._extra = None
        action_connection_http_token_auth_update._raw = _raw
        action_connection_http_token_auth_update._deviations = () if _devs is None else tuple(_devs)
        return action_connection_http_token_auth_update

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


_lazy_extra(ActionConnectionHTTPTokenAuthUpdate)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "body",
        "headers",
        "tokens",
        "url_parameters",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.action_connection_http_body import ActionConnectionHTTPBody  # noqa: E402
from ..models.action_connection_http_header_update import ActionConnectionHTTPHeaderUpdate  # noqa: E402
from ..models.action_connection_http_token_update import ActionConnectionHTTPTokenUpdate  # noqa: E402
from ..models.action_connection_url_param_update import ActionConnectionUrlParamUpdate  # noqa: E402
