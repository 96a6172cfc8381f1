"""What search itself declares: the sitemap index's page parameter and its bookkeeping table. Each
app declares its own searchable content in its own hooks.py (`hooks.search_source`)."""

from careers.common import hooks
from careers.common.content_spec import ContentSpec, Field
from careers.search.models import SearchSynonym

hooks.content(
    ContentSpec(
        SearchSynonym, "search_synonyms.yaml", [Field(n) for n in ("slug", "typed", "search_for")]
    )
)

hooks.public_params("p")  # the sitemap index's pages
hooks.not_content("search.SearchMiss")  # what visitors searched for and did not find


@hooks.expire
def expire_misses():
    """Searches that found nothing, kept for half a year: what staff read to fill gaps."""
    import datetime

    from careers.search.models import SearchMiss
    from careers.search.query import MISS_WEEKS_KEPT

    oldest = datetime.date.today() - datetime.timedelta(weeks=MISS_WEEKS_KEPT)
    deleted, _ = SearchMiss.objects.filter(week__lt=oldest).delete()
    return deleted, "search miss week(s) older than half a year"
