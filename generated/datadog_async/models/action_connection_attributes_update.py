from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _deeper, _union_fallback

T = TypeVar("T", bound="ActionConnectionAttributesUpdate")


@_attrs_define
class ActionConnectionAttributesUpdate:
    """The definition of ActionConnectionAttributesUpdate object."""

    integration: (
        ActionConnectionAWSIntegrationUpdate | ActionConnectionHTTPIntegrationUpdate | dict[str, Any] | Unset
    ) = UNSET
    """ The definition of ActionConnectionIntegrationUpdate object. """
    name: str | Unset = UNSET
    """ Name of the connection """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.integration, Unset):
            field_dict["integration"] = _dump_integration(self.integration)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        integration = d.get("integration", UNSET)
        if integration is not UNSET:
            try:
                integration = _parse_integration(integration)
            except ModelValidationError as _e:
                _e.path.insert(0, "integration")
                raise

        else:
            _absent += 1
        name = d.get("name", UNSET)
        if not isinstance(name, str):
            if name is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("name", "a string", name)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        action_connection_attributes_update = cls(
            integration,
            name,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            action_connection_attributes_update.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
        # ActionConnectionAWSIntegrationUpdate (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"AWS"}:
            try:
                return ActionConnectionAWSIntegrationUpdate.from_dict(data)
            except ModelValidationError as _e:
                if "type" in data:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
        # ActionConnectionHTTPIntegrationUpdate (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"HTTP"}:
            try:
                return ActionConnectionHTTPIntegrationUpdate.from_dict(data)
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
