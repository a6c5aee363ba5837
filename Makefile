# Every target sets up the project-local environment (.venv) from the lock file first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export PIPELINE_SEEDS_DIR ?= seeds
export PIPELINE_DATA_DIR ?= data
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

UI_HOST ?= 127.0.0.1
UI_PORT ?= 3000
BENCH_DOCS ?= 2000
BENCH_INCREMENTAL_DOCS ?= 200

.PHONY: setup run test ui bench bench-incremental eval-clean fit-cleaner eval-events lock dictionary clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

## Materialize every asset on $(PIPELINE_SEEDS_DIR); Parquet tables land in $(PIPELINE_DATA_DIR).
run: $(STAMP)
	$(BIN)/newsfacts run

test: $(STAMP)
	$(BIN)/python -m pytest

## Dagster UI and daemon (dagster dev starts both) with the code location loaded.
ui: $(STAMP)
	@mkdir -p "$(DAGSTER_HOME)" && cp -n dagster.yaml "$(DAGSTER_HOME)/dagster.yaml"
	$(BIN)/dagster dev -m pipeline.definitions -h $(UI_HOST) -p $(UI_PORT)

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench --docs $(BENCH_DOCS)

## Wall time of one new file among BENCH_INCREMENTAL_DOCS processed ones, next to a full run.
bench-incremental: $(STAMP)
	$(BIN)/python -m pipeline.bench_incremental --docs $(BENCH_INCREMENTAL_DOCS)

## Score the cleaner on ../shared/data/cleaning-dev.jsonl (tuning and held-out splits, with two baselines).
eval-clean: $(STAMP)
	$(BIN)/python -m pipeline.evaluation.clean $(EVAL_CLEAN_ARGS)

## Refit the line classifier's weights on the tuning split (reproducible).
fit-cleaner: $(STAMP)
	$(BIN)/python -m pipeline.evaluation.fit_cleaner

## Score events' date, place and country on ../shared/data/events-dev.jsonl (train, dev, naive baseline).
eval-events: $(STAMP)
	$(BIN)/python -m pipeline.evaluation.events

## Regenerate docs/data-dictionary.md from schemas/ (a test fails when it is out of date).
dictionary: $(STAMP)
	$(BIN)/python -m pipeline.dictionary

## Re-resolve the lock file (needs uv: pip install uv).
lock:
	uv pip compile pyproject.toml --extra test --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) "$(DAGSTER_HOME)" $(PIPELINE_DATA_DIR)/*.parquet $(PIPELINE_DATA_DIR)/_staging $(PIPELINE_DATA_DIR)/newsfacts.duckdb $(PIPELINE_DATA_DIR)/reports
