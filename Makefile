# The README's two commands: `make run` (portal with seed content) and `make test` (what CI runs).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# The shared cache: the local Redis (CI has one too); unset it to use local memory.
export REDIS_URL ?= redis://127.0.0.1:6379/0
# Settings default to production (DEBUG off); these commands are for development.
export DEBUG ?= true
# The database: your DATABASE_URL if set, else PostgreSQL at 127.0.0.1:5432 if it answers, else a
# project-local cluster in .postgres/ (127.0.0.1:5433) that bin/database-url creates and starts
# with the installed server programs. Prefix each command that needs it: $(WITH_DB) command.
# $(call with_db,NAME): the same server, database NAME (the benchmarks' own databases).
with_db = url=$$(bin/database-url $(1)) && DATABASE_URL=$$url
WITH_DB = $(call with_db)
# SKIP_BROWSER=1 leaves out the real-browser tests, on your own machine only (.ci/run unsets it).
ifneq ($(filter 1 true yes,$(SKIP_BROWSER)),)
BROWSER :=
BROWSER_TESTS := --ignore=tests/browser
else
BROWSER := browser
BROWSER_TESTS :=
endif

.PHONY: run serve test lint check pytest browser speech-tools ensure-db db stop-db seed superuser bench bench-sessions bench-speaking bench-decoder bench-admin bench-seed bench-plans bench-feedback bench-mockcall bench-search bench-throughput bench-db-restart bench-scale bench-owner-pages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The database exists (created if missing) before anything reads it: makemigrations --check
# looks at its migration history, and would warn on a first `make test` without it.
ensure-db: $(STAMP)
	$(WITH_DB) $(PY) manage.py ensure_database

db: ensure-db
	$(WITH_DB) $(PY) manage.py migrate --noinput

# Stops the project-local PostgreSQL (.postgres/) if it runs; the next command starts it again.
stop-db:
	bin/database-url --stop

seed: db
	$(WITH_DB) $(PY) manage.py load_content
	$(WITH_DB) $(PY) manage.py rebuild_search

run: seed
	@echo "Serving on http://127.0.0.1:8000/  (admin: make superuser, then /admin/)"
	$(WITH_DB) $(PY) manage.py runserver 127.0.0.1:8000

# Production-like on this machine: DEBUG off, collected static files, gunicorn (gunicorn.conf.py).
# Plain HTTP on loopback, so the HTTPS redirect and secure cookies are off here only.
SERVE_ENV = DEBUG=false ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false \
	SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false SECURE_HSTS_SECONDS=0 \
	SECRET_KEY=$${SECRET_KEY:-serve-$$(hostname)-a-local-key-that-is-long-enough-for-django-checks}
serve: seed
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput -v0
	@echo "Serving (production-like) on http://127.0.0.1:8000/"
	$(WITH_DB) $(SERVE_ENV) $(BIN)/gunicorn bpoportal.wsgi

superuser: db
	$(WITH_DB) $(PY) manage.py createsuperuser

# Debian's Chromium for the real-browser tests (never a test tool's own browser download):
# installed with apt-get as root; anyone else is told how, and about SKIP_BROWSER=1.
browser:
	@bin/check-browser

# Debian's flite: the speaking tests synthesise the speech they score (installed as root).
speech-tools:
	@bin/check-speech-tools

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: ensure-db
	$(PY) manage.py check
	$(WITH_DB) $(PY) manage.py makemigrations --check --dry-run
	DEBUG=false SECRET_KEY=check-deploy-$$(date +%s)-a-long-random-value-for-the-deploy-check \
	  ALLOWED_HOSTS=portal.example.org $(PY) manage.py check --deploy --fail-level WARNING

pytest: ensure-db speech-tools $(BROWSER)
	$(WITH_DB) $(BIN)/pytest -n auto $(BROWSER_TESTS)
	@$(if $(BROWSER),,echo "The real-browser tests were left out (SKIP_BROWSER); CI runs them.")

test: lint check pytest

bench: seed
	$(WITH_DB) $(PY) bench/pages.py

# Every public page's server time for a visitor without a session (the page cache) and with one
# (the shared body, their own parts filled in), production settings (own database
# bpoportal_sessionbench).
bench-sessions: $(STAMP)
	$(PY) bench/session_pages.py

# Speaking practice: decoding and scoring a 60-second recording on one core, and memory.
bench-speaking: $(STAMP) speech-tools
	$(PY) bench/speaking.py

# The recogniser's settings: words heard and transcript accuracy against CPU (half an hour).
bench-decoder: $(STAMP) speech-tools
	$(PY) bench/decoder_settings.py

bench-admin: $(STAMP)
	$(call with_db,bpoportal_bench) $(PY) bench/admin_scale.py

bench-seed: $(STAMP)
	$(call with_db,bpoportal_seedbench) $(PY) bench/seed_load.py

bench-plans: $(STAMP)
	$(call with_db,bpoportal_planbench) $(PY) bench/plans.py

bench-feedback: $(STAMP)
	$(PY) bench/feedback.py

# Mock calls: the server time of one turn (a reply and the customer's answer) over every seeded
# scenario's script, and of the session and scorecard pages (own database bpoportal_mockcallbench).
bench-mockcall: $(STAMP)
	$(call with_db,bpoportal_mockcallbench) $(PY) bench/mockcall.py

bench-search: $(STAMP)
	$(call with_db,bpoportal_searchbench) $(PY) bench/search.py

# Public pages' requests/s as a share of a Django hello-world under the same gunicorn settings,
# then the job-ad check's and /me/'s server time (own database bpoportal_throughput; needs wrk).
bench-throughput: $(STAMP)
	@command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(PY) bench/throughput.py

# /me/, /plan/ and /plan/which/ with progress in every app: queries and in-process server time
# (test settings, its own throwaway test database).
bench-owner-pages: $(STAMP)
	$(WITH_DB) $(PY) bench/owner_pages.py

# A PostgreSQL restart under load (its own throwaway cluster): errors seen, time to recover.
bench-db-restart: $(STAMP)
	bench/db_restart.sh

# Every public page's queries, size and time at 500 roles, 2,000 steps, 1,000 skills and 5,000
# questions (own database bpoportal_scalebench).
bench-scale: $(STAMP)
	$(call with_db,bpoportal_scalebench) SCALEBENCH_DATABASE_URL=$$url $(PY) bench/scale_pages.py

clean:
	rm -rf $(VENV) staticfiles
