# The two-command quick start: `make run` and `make test`. Each creates .venv and installs what it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint install install-test browser-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	$(BIN)/quotecheck serve --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest -q

# Lint and type checks; their settings (and what they check) are in pyproject.toml.
lint: install-test
	$(BIN)/python -m ruff check .
	$(BIN)/python -m mypy

bench: install
	$(BIN)/quotecheck bench

clean:
	rm -rf $(VENV) build *.egg-info
