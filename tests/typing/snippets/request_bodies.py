"""Request models: one-value fields default, enum parameters are strict, readOnly fields are not parameters."""

from datadog_async.models import (
    IncidentCreateAttributes,
    IncidentCreateData,
    IncidentFieldAttributesSingleValue,
    IncidentFields,
    IncidentResponseAttributes,
    IncidentTodoAttributes,
    IncidentTodoCreateData,
)

attributes = IncidentCreateAttributes(title="t", customer_impacted=False)
IncidentCreateData(attributes)  # type_ defaults to "incidents"
IncidentCreateData(attributes, type_="incident")  # E: Argument "type_" to "IncidentCreateData" has incompatible type
IncidentFieldAttributesSingleValue(type_="dropdwn")  # E: Argument "type_" to "IncidentFieldAttributesSingleValue" has
IncidentTodoAttributes(content="c", assignees=[], created="2024")  # E: Unexpected keyword argument "created"
IncidentTodoCreateData(IncidentTodoAttributes(content="c", assignees=["@a"]))
IncidentFields({"severity": IncidentFieldAttributesSingleValue(value="SEV-1")})
IncidentFields({"severity": "SEV-1"})  # E: Dict entry 0 has incompatible type "str": "str"


def read(attributes: IncidentResponseAttributes, todo: IncidentTodoAttributes) -> None:
    reveal_type(todo.created)  # N: Revealed type is "datetime.datetime | None"
    # Reading stays forward compatible: an enum attribute may hold a value added to the API later.
    if attributes.fields:
        field = attributes.fields["severity"]
        if isinstance(field, IncidentFieldAttributesSingleValue):
            reveal_type(field.type_)  # N: Revealed type is "str | None"
