# Every target that needs the virtualenv creates it first, so `make test` alone works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: setup generate check-generated lint test demo bench clean

$(STAMP): requirements-dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (set PYTHON=...)")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements-dev.txt
	$(PIP) install --no-build-isolation --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP)

generate: $(STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml
	tools/generate.sh openapi.yaml generated/datadog_async
	$(BIN)/python tools/gen_api_docs.py generated/datadog_async docs/api.md

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	tools/generate.sh openapi.yaml "$$tmp/datadog_async" && \
	diff -r -x __pycache__ generated/datadog_async "$$tmp/datadog_async" && \
	$(BIN)/python tools/gen_api_docs.py "$$tmp/datadog_async" "$$tmp/api.md" && \
	diff docs/api.md "$$tmp/api.md" && \
	echo "generated/ and docs/api.md match openapi.yaml"

lint: $(STAMP)
	$(BIN)/ruff check overlays tests tools examples
	$(BIN)/ruff format --check overlays tests tools examples
	$(BIN)/mypy overlays/datadog_async tests examples

test: $(STAMP)
	$(BIN)/python -m pytest -q

demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

bench: $(STAMP)
	$(BIN)/python -m pip --quiet --disable-pip-version-check install -r bench/requirements.txt
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
