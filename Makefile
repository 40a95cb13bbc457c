# North Korea -> Russia military support: notebooks, dataset, reports.
# `make` lists the targets. Everything runs inside .venv, created on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
AS_OF ?=
REPORT_ARGS ?=
FROM ?=
EVERY ?=
SITE_ARGS ?=
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help setup report reports archive site serve test test-long test-browser lint format build validate codebook student lab bench clean

help: ## show this list of targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (nk-russia)" >/dev/null
	-git config core.hooksPath .githooks 2>/dev/null
	@touch $(STAMP)

setup: $(STAMP) ## create .venv, install the package with its dev tools and the git pre-commit hook

report: $(STAMP) ## write the situation report for the bundled data and print the HTML path
	$(PY) -m analysis report situation_report $(if $(AS_OF),--as-of $(AS_OF)) $(REPORT_ARGS)

reports: $(STAMP) ## run every report notebook (reports/<as_of>/, reports/latest)
	$(PY) -m analysis report --all $(if $(AS_OF),--as-of $(AS_OF)) $(REPORT_ARGS)

test: $(STAMP) ## unit, schema and notebook tests (skips the browser test without chromium)
	$(PY) -m pytest

test-long: $(STAMP) ## the property tests (data, intake, measures, reports) with many more generated examples
	HYPOTHESIS_PROFILE=long $(PY) -m pytest -p no:randomly tests/test_data_properties.py tests/test_intake_properties.py tests/test_report_archive.py tests/test_report_hardening.py tests/test_report_dates.py tests/test_escaping.py tests/test_bounds.py tests/test_relations.py

test-browser: $(STAMP) ## only the headless-browser tests of the reports and the site
	$(PY) -m pytest -m browser -p no:randomly tests

lint: $(STAMP) ## ruff (lint + format check, notebooks included), mypy and the import-layer contracts
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy analysis
	$(VENV)/bin/lint-imports

format: $(STAMP) ## apply ruff's formatting and safe fixes
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

build: $(STAMP) ## rebuild data/clean from data/raw and data/curated (checks first)
	$(PY) -m analysis build

validate: $(STAMP) ## check every table; one line per problem
	$(PY) -m analysis validate

codebook: $(STAMP) ## regenerate data/CODEBOOK.md from data/datapackage.json
	$(PY) -m analysis codebook

student: $(STAMP) ## write the student copy of the teaching walkthrough (solutions removed)
	$(PY) -m analysis student

lab: $(STAMP) ## open JupyterLab with the project's kernel
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP) ## benchmarks: reports vs their floor, extraction, start-up, the site (whole archive: ~25 min; FROM=... for less)
	$(PY) benchmarks/bench_reports.py
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_triage.py
	$(PY) benchmarks/bench_cli.py
	$(PY) benchmarks/bench_site.py $(if $(FROM),--from $(FROM))

clean: ## remove generated reports, caches and the student copy
	rm -rf reports site .pytest_cache .mypy_cache .ruff_cache notebooks/teaching/student
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

archive: $(STAMP) ## the archive: every report once per week from the first claim to the newest (reports/index.html)
	$(PY) -m analysis report --all --every week $(REPORT_ARGS)

site: $(STAMP) ## the static site in site/: briefs, archive, claim pages, data, feeds (FROM=YYYY-MM-DD EVERY=month for less)
	$(PY) -m analysis site $(if $(FROM),--from $(FROM)) $(if $(EVERY),--every $(EVERY)) $(SITE_ARGS)

serve: $(STAMP) ## preview site/ at http://127.0.0.1:8000/ (PORT=...) with Python's own HTTP server
	@test -f site/index.html || { echo "site/ is not built: run make site first" >&2; exit 2; }
	@echo "http://127.0.0.1:$(PORT)/  (Ctrl-C stops it)"
	$(PY) -m http.server --bind 127.0.0.1 --directory site $(PORT)
