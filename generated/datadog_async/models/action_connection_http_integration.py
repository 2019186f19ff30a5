from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_connection_http_integration_type import (
    ActionConnectionHTTPIntegrationType,
)
from ..types import ModelValidationError, _as_object

T = TypeVar("T", bound="ActionConnectionHTTPIntegration")


@_attrs_define
class ActionConnectionHTTPIntegration:
    """The definition of HTTPIntegration object."""

    base_url: str
    """ Base HTTP url for the integration """
    credentials: ActionConnectionHTTPTokenAuth
    """ The definition of HTTPTokenAuth object. """
    type_: ActionConnectionHTTPIntegrationType | str
    """ The definition of HTTPIntegrationType object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["base_url"] = self.base_url
        field_dict["credentials"] = self.credentials.to_dict()
        field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            base_url = d["base_url"]
            credentials = d["credentials"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(base_url, str):
            raise ModelValidationError.expected("base_url", "a string", base_url)
        try:
            credentials = ActionConnectionHTTPTokenAuth.from_dict(credentials)
        except ModelValidationError as _e:
            _e.path.insert(0, "credentials")
            raise
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_http_integration = cls(
            base_url,
            credentials,
            type_,
        )
        if len(d) > 3:  # keys other than the fields above
            action_connection_http_integration.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return action_connection_http_integration

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
        "base_url",
        "credentials",
        "type",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.action_connection_http_token_auth import ActionConnectionHTTPTokenAuth  # noqa: E402
