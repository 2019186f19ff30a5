from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderDeploymentAttributes")


@_attrs_define
class AppBuilderDeploymentAttributes:
    """The attributes object containing the version ID of the published app."""

    app_version_id: UUID | Unset = UNSET
    """ The version ID of the app that was published. For an unpublished app, this is always the nil UUID
    (00000000-0000-0000-0000-000000000000). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.app_version_id, Unset):
            field_dict["app_version_id"] = str(self.app_version_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        app_version_id = d.get("app_version_id", UNSET)
        if isinstance(app_version_id, str):
            try:
                app_version_id = UUID(app_version_id)
            except ValueError:
                raise ModelValidationError.expected("app_version_id", "a UUID string", app_version_id) from None
        elif app_version_id is UNSET:
            _absent += 1
        else:
            raise ModelValidationError.expected("app_version_id", "a UUID string", app_version_id)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_deployment_attributes = cls(
            app_version_id,
        )
        if len(d) + _absent > 1:  # keys other than the fields above
            app_builder_deployment_attributes.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return app_builder_deployment_attributes

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
        "app_version_id",
    }
)
