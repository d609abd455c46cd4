# Chumchon Market — the README's two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= shop.settings.dev

.PHONY: run test lint bench venv demo serve messages clean

## make run: fresh clone -> venv, install, migrate, demo data, search index, thumbnails, server.
## Without STRIPE_SECRET_KEY payments go to localstripe on 127.0.0.1:8420 (test payments).
run: demo
	@$(PY) manage.py demo_logins
	@if [ -z "$$STRIPE_SECRET_KEY" ]; then \
		WEBHOOK_URL=http://$(HOST):$(PORT)/payments/stripe/webhook/ scripts/services/localstripe.sh start; fi
	$(PY) manage.py runserver $(HOST):$(PORT)

## make test: the whole suite (PostgreSQL/Elasticsearch when DATABASE_URL/ELASTICSEARCH_URL are set).
test: venv
	DJANGO_SETTINGS_MODULE=shop.settings.test $(PY) -m pytest $(PYTEST_ARGS)

## make lint: ruff, Django's system checks, no missing migrations.
lint: venv
	$(VENV)/bin/ruff check .
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run

## make bench: search benchmark on a synthetic catalogue (1,000 and 10,000 products) in its
## own database under var/bench/ (PostgreSQL when DATABASE_URL is set; Elasticsearch when
## ELASTICSEARCH_URL answers): rebuild rate, search/facet/autocomplete p50/p95, page queries.
bench: venv
	$(PY) manage.py search_bench $(BENCH_ARGS)

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

# Demo data, search index and thumbnails are built once; a second `make run`
# finds var/demo.stamp and goes straight to the server.
demo: var/demo.stamp

var/demo.stamp: $(VENV)/.installed
	@mkdir -p var
	$(PY) manage.py migrate --no-input -v 1
	$(PY) manage.py load_demo_data
	$(PY) manage.py search_rebuild
	$(PY) manage.py search_pages_rebuild
	$(PY) manage.py wagtail_update_index
	$(PY) manage.py generate_thumbnails
	touch $@

## make messages: refresh and compile the Thai catalogue (locale/th).
messages: venv
	$(PY) manage.py makemessages -l th --ignore=".venv/*" --ignore="var/*"
	$(PY) manage.py compilemessages -l th --ignore=".venv/*"

clean:
	rm -rf var db.sqlite3
