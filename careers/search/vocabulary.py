"""The job-ad matcher's vocabulary of names (abbreviations, aliases, other titles) for site
search, with the search synonyms staff curate (what people type: Taglish, intents, fillers),
built once per content version (bpoportal.serving.content_version) and kept in each process: a
search pays no load of every name and no regex compile."""

from bpoportal.serving import content_version
from careers.common import phrases
from careers.resumes.matcher import Term, Vocabulary

SYNONYM = "synonym"  # a Term kind of its own: search only, never in job-ad checks


def _build() -> Vocabulary:
    from careers.search.models import SearchSynonym

    vocabulary = Vocabulary(suggestions=False)
    for synonym in SearchSynonym.objects.published():
        for typed in synonym.typed:
            vocabulary.index.add(typed, Term(phrases.normalise(typed), SYNONYM, synonym, "typed"))
    return vocabulary


def names_vocabulary() -> Vocabulary:
    return content_version.memoized("search-names-vocabulary", _build)
