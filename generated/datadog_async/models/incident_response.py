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
    _count,
    _deeper,
    _extra_fields,
    _lazy_extra,
    _lift,
    _rejected,
    _union_fallback,
    _unknown_shape,
)

T = TypeVar("T", bound="IncidentResponse")


@_attrs_define(init=False)
class IncidentResponse(DatadogModel):
    """Response with an incident."""

    data: IncidentResponseData
    """ Incident data from a response. """
    included: list[IncidentUserData | IncidentAttachmentData | dict[str, Any]] | None
    """ Included related resources that the user requested. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        data: IncidentResponseData,
        included: list[IncidentUserData | IncidentAttachmentData] | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.data = data
        _absent = 0
        if type(included) is Unset:
            _absent |= 1
            self.included = None
        else:
            self.included = included
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["data"] = self.data.to_dict()
        if self.included is not None:
            field_dict["included"] = [_dump_included_item(_v0) for _v0 in self.included]
        elif not self._absent & 1:
            field_dict["included"] = None
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
        try:
            data = d["data"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            data = IncidentResponseData.from_dict(data)
        except ModelValidationError as _e:
            _e.path.insert(0, "data")
            raise
        if data._deviations:
            _devs = _lift(_devs, ("data",), data._deviations)
        _absent = 0  # bit i: optional field i is not in the object
        included = d.get("included", UNSET)
        if included is UNSET:
            _absent |= 1
            included = None
        elif included is not None:
            _src = included
            try:
                if not isinstance(_src, list):
                    raise ModelValidationError.expected(None, "an array", _src)
                _l0 = []
                for _i0, _v0 in enumerate(_src):
                    try:
                        _x0 = _parse_included_item(_v0)
                    except ModelValidationError as _e:
                        _e.path.insert(0, _i0)
                        raise
                    _l0.append(_x0)

                included = _l0
            except ModelValidationError as _e:
                if len(_e.path) > 1:
                    _e.path.insert(0, "included")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "included", _src, _e)
                included = None
            else:
                for _j0, _h0 in enumerate(included):
                    if isinstance(_h0, dict):
                        _devs = _unknown_shape(
                            _devs,
                            (
                                "included",
                                _j0,
                            ),
                            "IncidentUserData or IncidentAttachmentData",
                            _h0,
                        )
                    elif _h0._deviations:
                        _devs = _lift(
                            _devs,
                            (
                                "included",
                                _j0,
                            ),
                            _h0._deviations,
                        )

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_response = object.__new__(cls)
        incident_response.data = data
        incident_response.included = included
        incident_response._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 2:  # other keys
            incident_response._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_response._extra)
        else:
            incident_response._extra = None
        incident_response._raw = _raw
        incident_response._deviations = () if _devs is None else tuple(_devs)
        return incident_response

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


_lazy_extra(IncidentResponse)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "data",
        "included",
    }
)


def _parse_included_item(data: Any) -> IncidentUserData | IncidentAttachmentData | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # An option that parses with deviations is only a candidate: another may fit exactly (the best one wins).
        _best: Any = None
        # IncidentUserData (tags: type)
        if (_tag := data.get("type")) is None or not isinstance(_tag, str) or _tag in {"users"}:
            try:
                _option1 = IncidentUserData.from_dict(data)
            except ModelValidationError as _e:
                if data.get("type") is not None:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
            else:
                if not _option1._deviations:
                    return _option1
                if _best is None or _count(_option1._deviations) < _count(_best._deviations):
                    _best = _option1
        # IncidentAttachmentData (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"incident_attachments"}:
            try:
                _option2 = IncidentAttachmentData.from_dict(data)
            except ModelValidationError as _e:
                if data.get("type") is not None:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
            else:
                if not _option2._deviations:
                    return _option2
                if _best is None or _count(_option2._deviations) < _count(_best._deviations):
                    _best = _option2
        if _best is not None:
            return _best  # type: ignore[no-any-return]
        return _union_fallback(
            data,
            _tagged_error,
            _error,
            ("type",),
            "type",
        )
    raise ModelValidationError.expected(None, "an object", data)


def _dump_included_item(value: IncidentUserData | IncidentAttachmentData | dict[str, Any]) -> Any:
    if isinstance(value, IncidentUserData):
        return value.to_dict()
    if isinstance(value, IncidentAttachmentData):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_attachment_data import IncidentAttachmentData  # noqa: E402
from ..models.incident_response_data import IncidentResponseData  # noqa: E402
from ..models.incident_user_data import IncidentUserData  # noqa: E402
