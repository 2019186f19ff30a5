from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object, _deeper, _union_fallback

T = TypeVar("T", bound="IncidentsResponse")


@_attrs_define
class IncidentsResponse:
    """Response with a list of incidents."""

    data: list[IncidentResponseData]
    """ An array of incidents. """
    included: list[IncidentUserData | IncidentAttachmentData | dict[str, Any]] | Unset = UNSET
    """ Included related resources that the user requested. """
    meta: IncidentResponseMeta | Unset = UNSET
    """ The metadata object containing pagination metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = [_v0.to_dict() for _v0 in self.data]
        if not isinstance(self.included, Unset):
            field_dict["included"] = [_dump_included_item(_v0) for _v0 in self.included]
        if not isinstance(self.meta, Unset):
            field_dict["meta"] = self.meta.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            data = d["data"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(data, list):
            raise ModelValidationError.expected("data", "an array", data)
        try:
            data = [IncidentResponseData.from_dict(_v0) for _v0 in data]
        except ModelValidationError as _e:
            ModelValidationError.at_index(_e, data, IncidentResponseData.from_dict)
            _e.path.insert(0, "data")
            raise
        _absent = 0  # optional fields not in the object
        included = d.get("included", UNSET)
        if included is UNSET:
            _absent += 1
        else:
            if not isinstance(included, list):
                raise ModelValidationError.expected("included", "an array", included)
            try:
                _l0 = []
                for _i0, _v0 in enumerate(included):
                    try:
                        _x0 = _parse_included_item(_v0)
                    except ModelValidationError as _e:
                        _e.path.insert(0, _i0)
                        raise
                    _l0.append(_x0)
            except ModelValidationError as _e:
                _e.path.insert(0, "included")
                raise

            included = _l0
        meta = d.get("meta", UNSET)
        if meta is UNSET:
            _absent += 1
        else:
            try:
                meta = IncidentResponseMeta.from_dict(meta)
            except ModelValidationError as _e:
                _e.path.insert(0, "meta")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incidents_response = cls(
            data,
            included,
            meta,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            incidents_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return incidents_response

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
        "included",
        "meta",
    }
)


def _parse_included_item(data: Any) -> IncidentUserData | IncidentAttachmentData | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # IncidentUserData (tags: type)
        if (_tag := data.get("type", UNSET)) is UNSET or (isinstance(_tag, str) and _tag in {"users"}):
            try:
                return IncidentUserData.from_dict(data)
            except ModelValidationError as _e:
                if "type" in data:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
        # IncidentAttachmentData (tags: type)
        if isinstance((_tag := data.get("type")), str) and _tag in {"incident_attachments"}:
            try:
                return IncidentAttachmentData.from_dict(data)
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


def _dump_included_item(value: IncidentUserData | IncidentAttachmentData | dict[str, Any]) -> Any:
    if isinstance(value, IncidentUserData):
        return value.to_dict()
    if isinstance(value, IncidentAttachmentData):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_attachment_data import IncidentAttachmentData  # noqa: E402
from ..models.incident_response_data import IncidentResponseData  # noqa: E402
from ..models.incident_response_meta import IncidentResponseMeta  # noqa: E402
from ..models.incident_user_data import IncidentUserData  # noqa: E402
