from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DatadogModel,
    Deviation,
    DeviationEntry,
    ModelValidationError,
    Unset,
    _as_object,
    _extra_fields,
    _lazy_extra,
    _lift,
    _rejected,
    _wrong,
)

T = TypeVar("T", bound="APIErrorObject")


@_attrs_define(init=False)
class APIErrorObject(DatadogModel):
    """An error object (JSON:API) of an API error response."""

    detail: str | None
    """ A human-readable explanation specific to this occurrence of the error. """
    meta: APIErrorObjectMeta | None
    """ Non-standard meta-information about the error """
    source: APIErrorSource | None
    """ References to the source of the error. """
    status: str | None
    """ Status code of the response. """
    title: str | None
    """ Short human-readable summary of the error. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        detail: str | None | Unset = UNSET,
        meta: APIErrorObjectMeta | None | Unset = UNSET,
        source: APIErrorSource | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        _absent = 0
        if type(detail) is Unset:
            _absent |= 1
            self.detail = None
        else:
            self.detail = detail
        if type(meta) is Unset:
            _absent |= 2
            self.meta = None
        else:
            self.meta = meta
        if type(source) is Unset:
            _absent |= 4
            self.source = None
        else:
            self.source = source
        if type(status) is Unset:
            _absent |= 8
            self.status = None
        else:
            self.status = status
        if type(title) is Unset:
            _absent |= 16
            self.title = None
        else:
            self.title = title
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        if self.detail is not None:
            field_dict["detail"] = self.detail
        elif not self._absent & 1:
            field_dict["detail"] = None
        if self.meta is not None:
            field_dict["meta"] = self.meta.to_dict()
        elif not self._absent & 2:
            field_dict["meta"] = None
        if self.source is not None:
            field_dict["source"] = self.source.to_dict()
        elif not self._absent & 4:
            field_dict["source"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif not self._absent & 8:
            field_dict["status"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif not self._absent & 16:
            field_dict["title"] = None
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
        _absent = 0  # bit i: optional field i is not in the object
        detail = d.get("detail", UNSET)
        if not isinstance(detail, str):
            if detail is UNSET:
                _absent |= 1
                detail = None
            elif detail is not None:
                _devs, _raw = _wrong(_devs, _raw, "detail", "a string", detail)
                detail = None
        meta = d.get("meta", UNSET)
        if meta is UNSET:
            _absent |= 2
            meta = None
        elif meta is not None:
            _src = meta
            try:
                meta = APIErrorObjectMeta.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "meta")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "meta", _src, _e)
                meta = None
            else:
                if meta._deviations:
                    _devs = _lift(_devs, ("meta",), meta._deviations)
        source = d.get("source", UNSET)
        if source is UNSET:
            _absent |= 4
            source = None
        elif source is not None:
            _src = source
            try:
                source = APIErrorSource.from_dict(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "source")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "source", _src, _e)
                source = None
            else:
                if source._deviations:
                    _devs = _lift(_devs, ("source",), source._deviations)
        status = d.get("status", UNSET)
        if not isinstance(status, str):
            if status is UNSET:
                _absent |= 8
                status = None
            elif status is not None:
                _devs, _raw = _wrong(_devs, _raw, "status", "a string", status)
                status = None
        title = d.get("title", UNSET)
        if not isinstance(title, str):
            if title is UNSET:
                _absent |= 16
                title = None
            elif title is not None:
                _devs, _raw = _wrong(_devs, _raw, "title", "a string", title)
                title = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        api_error_object = object.__new__(cls)
        api_error_object.detail = detail
        api_error_object.meta = meta
        api_error_object.source = source
        api_error_object.status = status
        api_error_object.title = title
        api_error_object._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 5:  # other keys
            api_error_object._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, api_error_object._extra)
        else:
            api_error_object._extra = None
        api_error_object._raw = _raw
        api_error_object._deviations = () if _devs is None else tuple(_devs)
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


_lazy_extra(APIErrorObject)


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
