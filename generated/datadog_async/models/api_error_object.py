from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_object_meta import APIErrorObjectMeta
    from ..models.api_error_source import APIErrorSource


T = TypeVar("T", bound="APIErrorObject")


@_attrs_define
class APIErrorObject:
    """A JSON:API error object."""

    detail: str | Unset = UNSET
    """ A human-readable explanation specific to this occurrence of the error. """
    meta: APIErrorObjectMeta | Unset = UNSET
    """ Non-standard meta-information about the error. """
    source: APIErrorSource | Unset = UNSET
    """ References to the source of the error. """
    status: str | Unset = UNSET
    """ The HTTP status code, as a string. """
    title: str | Unset = UNSET
    """ A short, human-readable summary of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        status = self.status

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if meta is not UNSET:
            field_dict["meta"] = meta
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_object_meta import APIErrorObjectMeta  # noqa: PLC0415
        from ..models.api_error_source import APIErrorSource  # noqa: PLC0415

        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: APIErrorObjectMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = APIErrorObjectMeta.from_dict(_meta)

        _source = d.pop("source", UNSET)
        source: APIErrorSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = APIErrorSource.from_dict(_source)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        api_error_object = cls(
            detail=detail,
            meta=meta,
            source=source,
            status=status,
            title=title,
        )

        api_error_object.additional_properties = d
        return api_error_object

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
