"""Search registers the sources of the apps below it (see sources.py)."""

from careers.common import hooks
from careers.search import sources  # noqa: F401  (registers on import)

hooks.public_params("p")  # the sitemap index's pages
hooks.not_content("search.SearchMiss")  # what visitors searched for and did not find
