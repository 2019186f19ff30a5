from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_builder_app_definition_type import AppBuilderAppDefinitionType
from ..types import UNSET, ModelValidationError, Unset, _as_object

T = TypeVar("T", bound="AppBuilderAppSummary")


@_attrs_define
class AppBuilderAppSummary:
    """An app definition as listed (basic information only)."""

    attributes: AppBuilderAppSummaryAttributes
    """ Basic information about the app such as name, description, and tags. """
    id: str
    """ The ID of the app. """
    type_: AppBuilderAppDefinitionType | str
    """ The app definition type. """
    meta: AppBuilderAppMeta | Unset = UNSET
    """ Metadata of an app. """
    relationships: AppBuilderAppSummaryRelationships | Unset = UNSET
    """ The app's publication information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["attributes"] = self.attributes.to_dict()
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        if not isinstance(self.meta, Unset):
            field_dict["meta"] = self.meta.to_dict()
        if not isinstance(self.relationships, Unset):
            field_dict["relationships"] = self.relationships.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (e.g. a response body) into this model.

        Raises:
            ModelValidationError: the value does not match the schema; its ``path`` locates the offending value.
        """
        d = src_dict if src_dict.__class__ is dict else _as_object(src_dict)
        try:
            attributes = d["attributes"]
            id = d["id"]
            type_ = d["type"]
        except KeyError as _missing:
            raise ModelValidationError.missing(_missing.args[0]) from None
        try:
            attributes = AppBuilderAppSummaryAttributes.from_dict(attributes)
        except ModelValidationError as _e:
            _e.path.insert(0, "attributes")
            raise
        if not isinstance(id, str):
            raise ModelValidationError.expected("id", "a string", id)
        if not isinstance(type_, str):
            raise ModelValidationError.expected("type", "a string", type_)
        _absent = 0  # optional fields not in the object
        meta = d.get("meta", UNSET)
        if meta is UNSET:
            _absent += 1
        else:
            try:
                meta = AppBuilderAppMeta.from_dict(meta)
            except ModelValidationError as _e:
                _e.path.insert(0, "meta")
                raise
        relationships = d.get("relationships", UNSET)
        if relationships is UNSET:
            _absent += 1
        else:
            try:
                relationships = AppBuilderAppSummaryRelationships.from_dict(relationships)
            except ModelValidationError as _e:
                _e.path.insert(0, "relationships")
                raise

        # Positional arguments, in attribute order: noticeably faster than keywords for these hot calls.
        app_builder_app_summary = cls(
            attributes,
            id,
            type_,
            meta,
            relationships,
        )
        if len(d) + _absent > 5:  # keys other than the fields above
            app_builder_app_summary.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return app_builder_app_summary

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
        "attributes",
        "id",
        "type",
        "meta",
        "relationships",
    }
)


# Imported last: these modules may import this one back (the class above already exists then).
from ..models.app_builder_app_meta import AppBuilderAppMeta  # noqa: E402
from ..models.app_builder_app_summary_attributes import AppBuilderAppSummaryAttributes  # noqa: E402
from ..models.app_builder_app_summary_relationships import AppBuilderAppSummaryRelationships  # noqa: E402
