from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_attachment_type import (
    INCIDENT_ATTACHMENT_TYPE_VALUES,
    IncidentAttachmentType,
)
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
    _unknown_value,
    _wrong,
)

T = TypeVar("T", bound="IncidentAttachmentUpdateData")


@_attrs_define(init=False)
class IncidentAttachmentUpdateData(DatadogModel):
    """One attachment change of a bulk update: without `id` the attachment is created, without `attributes` it is deleted,
    with both it is updated.

    """

    type_: IncidentAttachmentType | str
    """ The incident attachment resource type. """
    attributes: IncidentAttachmentPostmortemAttributes | IncidentAttachmentLinkAttributes | dict[str, Any] | None
    """ The attributes object for an attachment. """
    id: str | None
    """ A unique identifier that represents the incident attachment. """
    additional_properties: dict[str, Any]
    _absent: int = _attrs_field(repr=False)
    _raw: dict[str, Any] | None = _attrs_field(repr=False)
    _deviations: tuple[DeviationEntry, ...] = _attrs_field(repr=False, eq=False)

    def __init__(
        self,
        type_: IncidentAttachmentType = "incident_attachments",
        attributes: IncidentAttachmentPostmortemAttributes | IncidentAttachmentLinkAttributes | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
    ) -> None:
        """Build the model in code (e.g. a request body). An optional field left UNSET (the default) is omitted
        from ``to_dict()``; one given as None is sent as ``null``."""
        self.type_ = type_
        _absent = 0
        if type(attributes) is Unset:
            _absent |= 1
            self.attributes = None
        else:
            self.attributes = attributes
        if type(id) is Unset:
            _absent |= 2
            self.id = None
        else:
            self.id = id
        self._absent = _absent
        self._extra = None
        self._raw = None
        self._deviations = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self._extra) if self._extra else {}
        field_dict["type"] = self.type_
        if self.attributes is not None:
            field_dict["attributes"] = _dump_attributes(self.attributes)
        elif not self._absent & 1:
            field_dict["attributes"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif not self._absent & 2:
            field_dict["id"] = None
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
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        if type_ != "incident_attachments":
            _devs = _unknown_value(_devs, ("type",), INCIDENT_ATTACHMENT_TYPE_VALUES, type_)
        _absent = 0  # bit i: optional field i is not in the object
        attributes = d.get("attributes", UNSET)
        if attributes is UNSET:
            _absent |= 1
            attributes = None
        elif attributes is not None:
            _src = attributes
            try:
                attributes = _parse_attributes(_src)
            except ModelValidationError as _e:
                if len(_e.path) > 0:
                    _e.path.insert(0, "attributes")
                    raise
                _devs, _raw = _rejected(_devs, _raw, "attributes", _src, _e)
                attributes = None
            else:
                if isinstance(attributes, dict):
                    _devs = _unknown_shape(
                        _devs,
                        ("attributes",),
                        "IncidentAttachmentPostmortemAttributes or IncidentAttachmentLinkAttributes",
                        attributes,
                    )
                elif attributes._deviations:
                    _devs = _lift(_devs, ("attributes",), attributes._deviations)
        id = d.get("id", UNSET)
        if not isinstance(id, str):
            if id is UNSET:
                _absent |= 2
                id = None
            elif id is not None:
                _devs, _raw = _wrong(_devs, _raw, "id", "a string", id)
                id = None

        # Attributes stored directly (no __init__): the parse above already decided every value.
        incident_attachment_update_data = object.__new__(cls)
        incident_attachment_update_data.type_ = type_
        incident_attachment_update_data.attributes = attributes
        incident_attachment_update_data.id = id
        incident_attachment_update_data._absent = _absent
        if len(d) + (_absent and _absent.bit_count()) > 3:  # other keys
            incident_attachment_update_data._extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            # fields the spec does not document: kept, and recorded
            _devs = _extra_fields(_devs, incident_attachment_update_data._extra)
        else:
            incident_attachment_update_data._extra = None
        incident_attachment_update_data._raw = _raw
        incident_attachment_update_data._deviations = () if _devs is None else tuple(_devs)
        return incident_attachment_update_data

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


_lazy_extra(IncidentAttachmentUpdateData)


# The wire names of the fields above: any other key of the object goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "attributes",
        "id",
    }
)


def _parse_attributes(
    data: Any,
) -> IncidentAttachmentPostmortemAttributes | IncidentAttachmentLinkAttributes | dict[str, Any]:
    if isinstance(data, dict):
        _tagged_error: ModelValidationError | None = None
        _error: ModelValidationError | None = None
        # An option that parses with deviations is only a candidate: another may fit exactly (the best one wins).
        _best: Any = None
        # IncidentAttachmentPostmortemAttributes (tags: attachment_type)
        if isinstance((_tag := data.get("attachment_type")), str) and _tag in {"postmortem"}:
            try:
                _option1 = IncidentAttachmentPostmortemAttributes.from_dict(data)
            except ModelValidationError as _e:
                if data.get("attachment_type") is not None:
                    _tagged_error = _tagged_error or _e
                else:
                    _error = _deeper(_error, _e)
            else:
                if not _option1._deviations:
                    return _option1
                if _best is None or _count(_option1._deviations) < _count(_best._deviations):
                    _best = _option1
        # IncidentAttachmentLinkAttributes (tags: attachment_type)
        if isinstance((_tag := data.get("attachment_type")), str) and _tag in {"link"}:
            try:
                _option2 = IncidentAttachmentLinkAttributes.from_dict(data)
            except ModelValidationError as _e:
                if data.get("attachment_type") is not None:
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
            ("attachment_type",),
            "attachment_type",
        )
    raise ModelValidationError.expected(None, "an object", data)


def _dump_attributes(
    value: IncidentAttachmentPostmortemAttributes | IncidentAttachmentLinkAttributes | dict[str, Any],
) -> Any:
    if isinstance(value, IncidentAttachmentPostmortemAttributes):
        return value.to_dict()
    if isinstance(value, IncidentAttachmentLinkAttributes):
        return value.to_dict()
    return value


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_attachment_link_attributes import IncidentAttachmentLinkAttributes  # noqa: E402
from ..models.incident_attachment_postmortem_attributes import IncidentAttachmentPostmortemAttributes  # noqa: E402
