from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_error_object import APIErrorObject


T = TypeVar("T", bound="APIErrorResponse")


@_attrs_define
class APIErrorResponse:
    """The error body Datadog returns with a non-2xx status.

    Example:
        {'errors': ['Bad Request']}

    """

    errors: list[APIErrorObject | str]
    """ The errors. Incidents and Product Analytics pages show plain strings; Action Connection and App Builder
    pages show JSON:API error objects. Decision: one shared schema whose items are either. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_error_object import APIErrorObject  # noqa: PLC0415

        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any] | str
            if isinstance(errors_item_data, APIErrorObject):
                errors_item = errors_item_data.to_dict()
            else:
                errors_item = errors_item_data
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_object import APIErrorObject  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:

            def _parse_errors_item(data: object) -> APIErrorObject | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_api_error_item_type_1 = APIErrorObject.from_dict(data)

                    return componentsschemas_api_error_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(APIErrorObject | str, data)

            errors_item = _parse_errors_item(errors_item_data)

            errors.append(errors_item)

        api_error_response = cls(
            errors=errors,
        )

        api_error_response.additional_properties = d
        return api_error_response

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
