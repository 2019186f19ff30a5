from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="IncidentIntegrationMetadataListResponse")


@_attrs_define
class IncidentIntegrationMetadataListResponse:
    """Response with a list of incident integration metadata."""

    data: list[IncidentIntegrationMetadataResponseData]
    """ An array of incident integration metadata. """
    included: list[IncidentUserData] | Unset = UNSET
    """ Included related resources that the user requested. """
    meta: IncidentIntegrationMetadataListMeta | Unset = UNSET
    """ The metadata object containing pagination metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = [_v0.to_dict() for _v0 in self.data]
        if not isinstance(self.included, Unset):
            field_dict["included"] = [_v0.to_dict() for _v0 in self.included]
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
            data = [IncidentIntegrationMetadataResponseData.from_dict(_v0) for _v0 in data]
        except ModelValidationError as _e:
            ModelValidationError.at_index(_e, data, IncidentIntegrationMetadataResponseData.from_dict)
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
                included = [IncidentUserData.from_dict(_v0) for _v0 in included]
            except ModelValidationError as _e:
                ModelValidationError.at_index(_e, included, IncidentUserData.from_dict)
                _e.path.insert(0, "included")
                raise
        meta = d.get("meta", UNSET)
        if meta is UNSET:
            _absent += 1
        else:
            try:
                meta = IncidentIntegrationMetadataListMeta.from_dict(meta)
            except ModelValidationError as _e:
                _e.path.insert(0, "meta")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        incident_integration_metadata_list_response = cls(
            data,
            included,
            meta,
        )
        if len(d) + _absent > 3:  # keys other than the fields above
            incident_integration_metadata_list_response.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return incident_integration_metadata_list_response

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


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.incident_integration_metadata_list_meta import IncidentIntegrationMetadataListMeta  # noqa: E402
from ..models.incident_integration_metadata_response_data import IncidentIntegrationMetadataResponseData  # noqa: E402
from ..models.incident_user_data import IncidentUserData  # noqa: E402
