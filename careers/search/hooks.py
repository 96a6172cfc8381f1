"""Search registers the sources of the apps below it (see sources.py)."""

from careers.search import sources  # noqa: F401  (registers on import)
