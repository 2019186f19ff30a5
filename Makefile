# Every target that needs the virtualenv creates it first, so `make test` alone works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_STAMP := $(VENV)/.demo-stamp
PIP_FLAGS := --quiet --disable-pip-version-check
PIP := $(BIN)/python -m pip $(PIP_FLAGS)
CHECK_PYTHON := $(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (set PYTHON=...)")'

.PHONY: setup generate check-generated lint test demo bench clean

# The virtualenv starts without pip: ensurepip alone costs a third of `make demo`. The demo installs into it with
# this Python's own pip (`--python`, pip >= 22.3) when there is one; `make test` adds pip inside (the tests build
# the wheel with it).
$(BIN)/python:
	@$(CHECK_PYTHON)
	$(PYTHON) -m venv --without-pip $(VENV)

ENSURE_PIP := $(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip --default-pip >/dev/null

# The development toolchain (tests, linters, generator) on top of the package.
$(STAMP): requirements-dev.txt pyproject.toml | $(BIN)/python
	@$(ENSURE_PIP)
	$(PIP) install -r requirements-dev.txt
	$(PIP) install --no-build-isolation --no-deps -e .
	@touch $(STAMP) $(DEMO_STAMP)

# What the demo needs and nothing more: the package and its testing extra (what a user would pip install).
$(DEMO_STAMP): pyproject.toml | $(BIN)/python
	@if $(PYTHON) -m pip --python $(BIN)/python --version >/dev/null 2>&1; then \
	  set -x; $(PYTHON) -m pip --python $(BIN)/python $(PIP_FLAGS) install --no-compile -e '.[testing]'; \
	else \
	  $(ENSURE_PIP) && set -x && $(PIP) install --no-compile -e '.[testing]'; \
	fi
	@touch $(DEMO_STAMP)

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

demo: $(DEMO_STAMP)
	$(BIN)/python examples/run_demo.py

bench: $(STAMP)
	$(PIP) install -r bench/requirements.txt
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
