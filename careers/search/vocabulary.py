"""The job-ad matcher's vocabulary of names (abbreviations, aliases, other titles) for site
search, built once per content version (bpoportal.serving.content_version) and kept in each
process: a search pays no load of every name and no regex compile."""

from bpoportal.serving import content_version
from careers.resumes.matcher import Vocabulary


def names_vocabulary() -> Vocabulary:
    return content_version.memoized(
        "search-names-vocabulary", lambda: Vocabulary(suggestions=False)
    )
