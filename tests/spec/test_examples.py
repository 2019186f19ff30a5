"""Every JSON example in the spec (the seeds' examples) round-trips through its generated model exactly."""

from __future__ import annotations

from typing import Any

import datadog_async.models as models
import pytest
from helpers import instants as normalize
from helpers import load_spec

MODELS = {name.lower(): getattr(models, name) for name in models.__all__}


def _examples() -> list[Any]:
    spec = load_spec()
    found = []
    for _path, item in spec["paths"].items():
        for _method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            bodies = [("request", op.get("requestBody", {}))]
            bodies += [(status, resp) for status, resp in op.get("responses", {}).items()]
            for where, body in bodies:
                if "$ref" in body:
                    continue  # shared error responses carry no per-operation example
                media = body.get("content", {}).get("application/json", {})
                examples = {"example": media["example"]} if "example" in media else {}
                examples.update({k: v["value"] for k, v in media.get("examples", {}).items() if "value" in v})
                for name, value in examples.items():
                    found.append(pytest.param(media.get("schema", {}), value, id=f"{op['operationId']}-{where}-{name}"))
    # Shared error responses and schemas carry their examples once, under components.
    for name, response in spec["components"].get("responses", {}).items():
        media = response.get("content", {}).get("application/json", {})
        if "example" in media:
            found.append(pytest.param(media["schema"], media["example"], id=f"responses-{name}"))
    for name, schema in spec["components"]["schemas"].items():
        if "example" in schema and schema.get("type") == "object":
            ref = {"$ref": f"#/components/schemas/{name}"}
            found.append(pytest.param(ref, schema["example"], id=f"schemas-{name}"))
    return found


def _model_for(schema: dict[str, Any]) -> Any:
    assert "$ref" in schema, "examples must sit on a $ref'd component schema, so they map to a named model"
    name = schema["$ref"].rsplit("/", 1)[-1]
    return MODELS[name.lower().replace("_", "")]


EXAMPLES = _examples()


def test_the_spec_has_examples() -> None:
    assert len(EXAMPLES) > 0


@pytest.mark.parametrize(("schema", "example"), EXAMPLES)
def test_example_round_trips(schema: dict[str, Any], example: Any) -> None:
    model = _model_for(schema)
    parsed = model.from_dict(example)
    assert normalize(parsed.to_dict()) == normalize(example)
