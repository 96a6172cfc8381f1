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

.PHONY: run serve test lint check pytest browser db seed superuser bench bench-admin bench-seed bench-plans bench-feedback bench-search clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# XStatic-Bootstrap ships only an sdist whose setup.py needs pkg_resources, which new
	# setuptools dropped: build it (and everything else) with the venv's pinned setuptools.
	$(BIN)/pip install --quiet "setuptools>=64,<81" wheel
	$(BIN)/pip install --quiet --no-build-isolation -e ".[dev]"
	touch $(STAMP)

db: $(STAMP)
	$(PY) manage.py ensure_database
	$(PY) manage.py migrate --noinput

seed: db
	$(PY) manage.py load_content
	$(PY) manage.py rebuild_search

run: seed
	@echo "Serving on http://127.0.0.1:8000/  (admin: make superuser, then /admin/)"
	$(PY) manage.py runserver 127.0.0.1:8000

# Production-like on this machine: DEBUG off, collected static files, gunicorn (gunicorn.conf.py).
# Plain HTTP on loopback, so the HTTPS redirect and secure cookies are off here only.
SERVE_ENV = DEBUG=false ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false \
	SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false SECURE_HSTS_SECONDS=0 \
	SECRET_KEY=$${SECRET_KEY:-serve-$$(hostname)-a-local-key-that-is-long-enough-for-django-checks}
serve: seed
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput -v0
	@echo "Serving (production-like) on http://127.0.0.1:8000/"
	$(SERVE_ENV) $(BIN)/gunicorn bpoportal.wsgi

superuser: db
	$(PY) manage.py createsuperuser

# Debian's Chromium for the real-browser tests (never a test tool's own browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: $(STAMP)
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	DEBUG=false SECRET_KEY=check-deploy-$$(date +%s)-a-long-random-value-for-the-deploy-check \
	  ALLOWED_HOSTS=portal.example.org $(PY) manage.py check --deploy --fail-level WARNING

pytest: $(STAMP) browser
	$(PY) manage.py ensure_database
	$(BIN)/pytest

test: lint check pytest

bench: seed
	$(PY) bench/pages.py

bench-admin: $(STAMP)
	$(PY) bench/admin_scale.py

bench-seed: $(STAMP)
	$(PY) bench/seed_load.py

bench-plans: $(STAMP)
	$(PY) bench/plans.py

bench-feedback: $(STAMP)
	$(PY) bench/feedback.py

bench-search: $(STAMP)
	$(PY) bench/search.py

clean:
	rm -rf $(VENV) staticfiles
