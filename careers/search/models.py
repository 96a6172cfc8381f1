"""The search index: one row per public page or anchor, and the searches that found nothing."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q

from careers.common import hooks
from careers.common.fields import phrase_list
from careers.common.models import Publishable

# Rows whose title is a sentence: searched in full text, but not for "did you mean".
SENTENCE_KINDS = ["question", "checklist"]


def _vector():
    """Weights: A title and other titles, B aliases and abbreviations, C body. The "simple"
    dictionary keeps short words that English drops ("IT"), for titles and aliases only."""
    return (
        SearchVector("title", "alt", weight="A", config="english")
        + SearchVector("title", "alt", weight="A", config="simple")
        + SearchVector("terms", weight="B", config="english")
        + SearchVector("terms", weight="B", config="simple")
        + SearchVector("body", weight="C", config="english")
    )


class SearchDocument(models.Model):
    kind = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    url = models.CharField(max_length=300)
    title = models.CharField(max_length=300)
    alt = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # Computed by PostgreSQL from the fields above, so it can never drift from them.
    vector = models.GeneratedField(
        expression=_vector(), output_field=SearchVectorField(), db_persist=True
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique"),
        ]
        indexes = [
            GinIndex(fields=["vector"], name="search_vector_idx"),
            # The typo fallback: trigram similarity on the titles and aliases of names (not
            # of question sentences, which are many and long). pg_trgm folds case itself.
            GinIndex(
                fields=["title"],
                opclasses=["gin_trgm_ops"],
                condition=~Q(kind__in=SENTENCE_KINDS),
                name="search_title_trgm_idx",
            ),
            GinIndex(
                fields=["terms"],
                opclasses=["gin_trgm_ops"],
                condition=~Q(kind__in=SENTENCE_KINDS),
                name="search_terms_trgm_idx",
            ),
        ]

    def __str__(self):
        return f"{self.kind}: {self.title}"

    @property
    def label(self) -> str:
        """What kind of result this is, as the results page shows it."""
        source = next((s for s in hooks.search_sources() if s.kind == self.kind), None)
        return source.label if source else "Page"


class SearchMiss(models.Model):
    """A search that found nothing, counted per week: what job seekers look for and lack."""

    week = models.DateField(help_text="The Monday of the week.")
    query = models.CharField(max_length=200)
    count = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-week", "-count", "query"]
        verbose_name = "search that found nothing"
        verbose_name_plural = "searches that found nothing"
        constraints = [
            models.UniqueConstraint(fields=["week", "query"], name="search_miss_unique"),
        ]

    def __str__(self):
        return f"{self.query} ({self.count} in the week of {self.week})"


class SearchSynonym(Publishable):
    """How people type a search, and what to search for instead: Taglish ("sahod" is pay),
    intents ("interview questions" is the bank), and filler words that would otherwise have to
    be found ("magkano", "become"): with nothing to search for, the words are dropped. Joins
    the job-ad matcher's names in site search (careers.search.vocabulary)."""

    slug = models.SlugField(max_length=80, unique=True)
    typed = phrase_list("What people type, comma-separated (matched as whole words).")
    search_for = phrase_list(
        "What to search for instead, comma-separated. Empty: the typed words are fillers, "
        "dropped from the search."
    )

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.slug
