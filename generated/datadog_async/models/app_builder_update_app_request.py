from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderUpdateAppRequest")


@_attrs_define
class AppBuilderUpdateAppRequest:
    """Body of an update app request: the changes to the app definition."""

    data: AppBuilderUpdateAppRequestData | Unset = UNSET
    """ The data object containing the new app definition. Any fields not included in the request remain unchanged.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.data, Unset):
            field_dict["data"] = self.data.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        data = d.get("data", UNSET)
        if data is UNSET:
            _absent += 1
        else:
            try:
                data = AppBuilderUpdateAppRequestData.from_dict(data)
            except ModelValidationError as _e:
                _e.path.insert(0, "data")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_update_app_request = cls(
            data,
        )
        if len(d) + _absent > 1:  # keys other than the fields above
            app_builder_update_app_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return app_builder_update_app_request

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
        "data",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_update_app_request_data import AppBuilderUpdateAppRequestData  # noqa: E402
