from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelValidationError, _as_object, _deeper, _union_fallback

T = TypeVar("T", bound="ActionConnectionAttributes")


@_attrs_define
class ActionConnectionAttributes:
    """The definition of ActionConnectionAttributes object."""

    integration: ActionConnectionAWSIntegration | ActionConnectionHTTPIntegration | dict[str, Any]
    """ The definition of ActionConnectionIntegration object. """
    name: str
    """ Name of the connection """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["integration"] = _dump_integration(self.integration)
        field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
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
        if not isinstance(name, str):
            raise ModelValidationError.expected("name", "a string", name)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_attributes = cls(
            integration,
            name,
        )
        if len(d) > 2:  # keys other than the fields above
            action_connection_attributes.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
        # ActionConnectionAWSIntegration (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"AWS"}:
            try:
                return ActionConnectionAWSIntegration.from_dict(data)
            except ModelValidationError as _e:
                if "type" in data:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
        # ActionConnectionHTTPIntegration (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"HTTP"}:
            try:
                return ActionConnectionHTTPIntegration.from_dict(data)
            except ModelValidationError as _e:
                if "type" in data:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
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
