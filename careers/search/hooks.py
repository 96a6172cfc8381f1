"""What search itself declares: the sitemap index's page parameter and its bookkeeping table. Each
app declares its own searchable content in its own hooks.py (`hooks.search_source`)."""

from careers.common import hooks

hooks.public_params("p")  # the sitemap index's pages
hooks.not_content("search.SearchMiss")  # what visitors searched for and did not find
