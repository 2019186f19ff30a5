from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="APIErrorObject")


@_attrs_define
class APIErrorObject:
    """An error object (JSON:API) of an API error response."""

    detail: str | Unset = UNSET
    """ A human-readable explanation specific to this occurrence of the error. """
    meta: APIErrorObjectMeta | Unset = UNSET
    """ Non-standard meta-information about the error """
    source: APIErrorSource | Unset = UNSET
    """ References to the source of the error. """
    status: str | Unset = UNSET
    """ Status code of the response. """
    title: str | Unset = UNSET
    """ Short human-readable summary of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.detail, Unset):
            field_dict["detail"] = self.detail
        if not isinstance(self.meta, Unset):
            field_dict["meta"] = self.meta.to_dict()
        if not isinstance(self.source, Unset):
            field_dict["source"] = self.source.to_dict()
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.title, Unset):
            field_dict["title"] = self.title
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        _absent = 0  # optional fields not in the object
        detail = d.get("detail", UNSET)
        if not isinstance(detail, str):
            if detail is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("detail", "a string", detail)
        meta = d.get("meta", UNSET)
        if meta is UNSET:
            _absent += 1
        else:
            try:
                meta = APIErrorObjectMeta.from_dict(meta)
            except ModelValidationError as _e:
                _e.path.insert(0, "meta")
                raise
        source = d.get("source", UNSET)
        if source is UNSET:
            _absent += 1
        else:
            try:
                source = APIErrorSource.from_dict(source)
            except ModelValidationError as _e:
                _e.path.insert(0, "source")
                raise
        status = d.get("status", UNSET)
        if not isinstance(status, str):
            if status is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("status", "a string", status)
        title = d.get("title", UNSET)
        if not isinstance(title, str):
            if title is UNSET:
                _absent += 1
            else:
                raise ModelValidationError.expected("title", "a string", title)

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        api_error_object = cls(
            detail,
            meta,
            source,
            status,
            title,
        )
        if len(d) + _absent > 5:  # keys other than the fields above
            api_error_object.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "detail",
        "meta",
        "source",
        "status",
        "title",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.api_error_object_meta import APIErrorObjectMeta  # noqa: E402
from ..models.api_error_source import APIErrorSource  # noqa: E402
