#!/usr/bin/env bash
# A PostgreSQL restart under load (see bench/db_restart.py): errors seen and time to recover.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python bench/db_restart.py "$@"
