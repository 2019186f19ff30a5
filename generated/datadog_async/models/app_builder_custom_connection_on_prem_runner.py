from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderCustomConnectionOnPremRunner")


@_attrs_define
class AppBuilderCustomConnectionOnPremRunner:
    """Information about the Private Action Runner used by the custom connection, if the custom connection is associated
    with a Private Action Runner.

    """

    id: str | Unset = UNSET
    """ The Private Action Runner ID. """
    url: str | Unset = UNSET
    """ The URL of the Private Action Runner. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.url, Unset):
            field_dict["url"] = self.url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        id = d.get("id", UNSET)
        if not isinstance(id, str):
            if id is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("id", "a string", id)
        url = d.get("url", UNSET)
        if not isinstance(url, str):
            if url is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("url", "a string", url)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_custom_connection_on_prem_runner = cls(
            id,
            url,
        )
        if len(d) + _absent > 2:  # keys other than the fields above
            app_builder_custom_connection_on_prem_runner.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return app_builder_custom_connection_on_prem_runner

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
        "id",
        "url",
    }
)
