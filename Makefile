# Two commands on a fresh machine with Python 3.11:
#   make run    set up .venv, run the nightly flow on data/sample, show what loaded
#   make test   set up .venv with the test tools, run lint, types and the tests (CI runs this)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= data/pledgewatch.duckdb

# Prefect state stays in the project (git-ignored); telemetry has no network here.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: run test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

run: $(BIN)/.installed
	$(BIN)/pledgewatch run --input data/sample --db $(DB)
	@echo
	@echo 'Example query: pledgewatch sql "select donor, status, currency, count(*) as pledges, round(sum(amount) / 1e6, 1) as million from pledges_new group by all order by million desc nulls last, donor"'
	@$(BIN)/pledgewatch sql --db $(DB) "select donor, status, currency, count(*) as pledges, round(sum(amount) / 1e6, 1) as million from pledges_new group by all order by million desc nulls last, donor"

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

bench: $(BIN)/.installed
	$(BIN)/python bench/bench.py --articles 10000

clean:
	rm -rf data/lake data/*.duckdb* .prefect
