"""Running a search the way job seekers type: abbreviations, BPO slang, British or American
spelling, typos.

1. The query is cleaned to its words (operators, NULs and emoji fall away; no query syntax
   reaches PostgreSQL except through bound parameters).
2. Phrases the job-ad matcher knows bring their other names with them ("aht" also searches
   "average handle time"; "csr" the role's title), through the same curated vocabulary.
3. PostgreSQL full-text search ranks by where the words are (title and other titles, then
   aliases, then body), an exact title first. Short technical words an English stop-word list
   drops ("IT") are searched in titles and aliases with the "simple" dictionary.
4. When little is found, trigram similarity on titles and aliases finds near spellings and
   offers "did you mean".
5. Headlines are computed for the shown page only; searches that found nothing are counted.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.core.paginator import Page, Paginator
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, F, Func, IntegerField, Q, Value, When
from django.db.models.functions import Greatest
from django.utils.html import escape
from django.utils.safestring import mark_safe

from careers.common.phrases import SPELLINGS
from careers.resumes.matcher import Vocabulary
from careers.search.models import SENTENCE_KINDS, SearchDocument, SearchMiss
from careers.search.vocabulary import SYNONYM, names_vocabulary

MAX_QUERY = 200
PER_PAGE = 10
FEW = 3  # fewer full-text results than this: look for near spellings too
WEIGHTS = [0.05, 0.2, 0.5, 1.0]  # D, C (body), B (aliases), A (titles)
TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
PARENTHESES = re.compile(r"\([^)]*\)")
SPELLING_PAIRS = {**SPELLINGS, **{us: uk for uk, us in SPELLINGS.items()}}
START, STOP = "\x02", "\x03"  # headline markers, replaced after escaping


@dataclass
class Results:
    query: str
    page: Page | None = None
    close: list = field(default_factory=list)  # near spellings, when little was found
    did_you_mean: str = ""
    message: str = ""
    expanded: list[list[str]] = field(default_factory=list)
    intents: list[list[str]] = field(default_factory=list)  # groups from search synonyms
    things: list[list[str]] = field(default_factory=list)  # named roles, skills, KPIs, jargon
    pages: set[str] = field(default_factory=set)  # those things' own pages


def clean(raw: str) -> str:
    return " ".join(CONTROL.sub(" ", raw or "").split())[:MAX_QUERY]


def _names(term) -> list[str]:
    """Every name the vocabulary gives a thing: its name, abbreviation, aliases, other titles;
    for a search synonym, what to search for instead."""
    obj = term.obj
    if term.kind == SYNONYM:
        return list(obj.search_for)
    names = [getattr(obj, "name", None) or getattr(obj, "term", "")]
    names += [getattr(obj, "abbreviation", "")]
    names += list(getattr(obj, "aliases", []) or []) + list(getattr(obj, "other_titles", []) or [])
    return [PARENTHESES.sub(" ", n).strip() for n in names if n]


def _variants(phrase: str) -> list[str]:
    swapped = " ".join(SPELLING_PAIRS.get(w, w) for w in phrase.lower().split())
    return [phrase] if swapped == phrase.lower() else [phrase, swapped]


def groups(text: str, vocabulary: Vocabulary, found: Results | None = None) -> list[list[str]]:
    """The query as groups of alternatives, all groups required: a phrase the vocabulary knows
    with its other names, and every other word on its own. In `found`, groups that come from a
    search synonym ("sahod": pay, salary) are also added to its intents, those naming a role,
    skill, KPI, certification or jargon term ("csr") to its things, with their pages."""
    out, pos = [], 0

    def plain_words(chunk):
        for word in TOKEN.findall(chunk):
            out.append(_variants(word))

    hits = vocabulary.find(text)
    fillers = [
        hit for hit in hits if all(t.kind == SYNONYM and not t.obj.search_for for t in hit.terms)
    ]
    if len(fillers) == len(hits) and not TOKEN.search(_outside(text, hits)):
        fillers = []  # nothing but fillers ("paano"): search for them after all
    for hit in hits:
        plain_words(text[pos : hit.start])
        pos = hit.end
        if hit in fillers:
            continue
        synonyms = [t for t in hit.terms if t.kind == SYNONYM]
        # A synonym names what to search instead of the typed words ("sahod": pay, salary).
        names = [] if synonyms and any(t.obj.search_for for t in synonyms) else [hit.text]
        names += [name for term in hit.terms for name in _names(term)]
        seen, alternatives = set(), []
        for name in names:
            for variant in _variants(name):
                if variant.lower() not in seen and TOKEN.search(variant):
                    seen.add(variant.lower())
                    alternatives.append(variant)
        out.append(alternatives[:12])
        if found is not None and synonyms:
            found.intents.append(alternatives[:12])
        elif found is not None:
            found.things.append(alternatives[:12])
            for term in hit.terms:
                if url := getattr(term.obj, "get_absolute_url", None):
                    found.pages.add(url())
    plain_words(text[pos:])
    return out


def _outside(text: str, hits) -> str:
    """The text outside the vocabulary's hits."""
    out, pos = [], 0
    for hit in hits:
        out.append(text[pos : hit.start])
        pos = hit.end
    return " ".join([*out, text[pos:]])


def _keep_short_word(word: str, query_words: int) -> bool:
    """ "IT", "AR", "HR": short words a stop-word list may drop, kept for titles and aliases
    when typed in capitals or searched almost alone."""
    return 2 <= len(word) <= 3 and (word.isupper() or query_words <= 2)


def tsquery(alternative_groups: list[list[str]], size: int = 0) -> SearchQuery | None:
    """All the groups; `size` is the whole query's count of groups when these are part of it
    (a short word is kept only in a short query)."""
    combined = None
    size = size or len(alternative_groups)
    for alternatives in alternative_groups:
        either = None
        for phrase in alternatives:
            one = SearchQuery(phrase, search_type="phrase", config="english")
            if " " not in phrase and _keep_short_word(phrase, size):
                one = one | SearchQuery(phrase, search_type="phrase", config="simple")
            either = one if either is None else either | one
        combined = either if combined is None else combined & either
    return combined


def highlighted(headline: str) -> str:
    """A headline with the matched words marked, everything else escaped."""
    return mark_safe(escape(headline).replace(START, "<mark>").replace(STOP, "</mark>"))


MISSES_PER_WEEK = 2000
MISS_WEEKS_KEPT = 26


def _log_miss(query: str) -> None:
    today = datetime.date.today()
    week = today - datetime.timedelta(days=today.weekday())
    key = {"week": week, "query": query.lower()[:200]}
    with transaction.atomic():
        if SearchMiss.objects.filter(**key).update(count=F("count") + 1):
            return
        # Made-up searches would each add a row: past the week's cap, only those already
        # logged are counted (the cap is far above the real week's distinct misses).
        if SearchMiss.objects.filter(week=week).count() >= MISSES_PER_WEEK:
            return
        try:
            with transaction.atomic():
                SearchMiss.objects.create(**key)
        except IntegrityError:  # someone logged the same search at the same moment
            SearchMiss.objects.filter(**key).update(count=F("count") + 1)


NEAR = 0.45  # word similarity for "did you mean" ("custmer servise" ~ "customer service")


def near_spellings(text: str, limit: int = 5) -> list[SearchDocument]:
    """Titles and aliases spelled like the query, by trigram word similarity (the `<%`
    operator, so the trigram indexes are used at the threshold set for this transaction)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL pg_trgm.word_similarity_threshold = %s", [NEAR])
        return list(
            SearchDocument.objects.exclude(kind__in=SENTENCE_KINDS)
            .filter(Q(title__trigram_word_similar=text) | Q(terms__trigram_word_similar=text))
            .annotate(
                similarity=Greatest(
                    TrigramWordSimilarity(text, "title"), TrigramWordSimilarity(text, "terms")
                )
            )
            .order_by("-similarity", "title")[:limit]
        )


def _exact(text: str):
    """1 when the query is the title, or one of the other titles ("AHT", "CSR"), exactly."""
    entry = r"(^|· )" + re.escape(text.lower()).replace(r"\ ", " ") + r"( ·|$)"
    same = Q(title__iexact=text) | Q(alt__iregex=entry)
    return Case(When(same, then=Value(1)), default=Value(0), output_field=IntegerField())


def _intent_in_title(intents: list[list[str]]):
    """1 when a title names what a search synonym stands for: "magkano sahod csr" asks about
    pay, so the pay pages come before the CSR role page that only mentions pay."""
    if not intents:
        return Value(0, output_field=IntegerField())
    titled = Q()
    for alternatives in intents:
        titled |= Q(title_vector=tsquery([alternatives]))
    return Case(When(titled, then=Value(1)), default=Value(0), output_field=IntegerField())


def _named(alternative_groups: list[list[str]], size: int):
    """How many of these groups (of a query of `size` groups) a row's title or other titles
    name."""
    named = Value(0, output_field=IntegerField())
    for alternatives in alternative_groups:
        one = Q(title_vector=tsquery([alternatives], size))
        named = named + Case(
            When(one, then=Value(1)), default=Value(0), output_field=IntegerField()
        )
    return named


def _itself(pages: set[str]):
    """1 for the page of a thing the query names: for "sahod csr", the CSR role page before
    the certification that has CSR in its name."""
    if not pages:
        return Value(0, output_field=IntegerField())
    return Case(When(url__in=pages, then=Value(1)), default=Value(0), output_field=IntegerField())


# The stored vector's title words (weight A): no text is parsed again for each row.
TITLE_VECTOR = Func(
    F("vector"), Value("{a}"), function="ts_filter", output_field=SearchVectorField()
)


def _capitals_first(text: str):
    """A word typed in capitals ("IT", "QA") ranks rows that write it in capitals first, so
    "IT" finds IT support before a title with the word "it"."""
    capitals = [w for w in TOKEN.findall(text) if w.isupper() and 2 <= len(w) <= 4]
    if not capitals:
        return Value(0, output_field=IntegerField())
    pattern = r"\m(" + "|".join(re.escape(w) for w in capitals) + r")\M"
    found = Q(title__regex=pattern) | Q(alt__regex=pattern) | Q(terms__regex=pattern)
    return Case(When(found, then=Value(1)), default=Value(0), output_field=IntegerField())


RELAX_UP_TO = 8  # groups checked one by one when few pages have them all (a query each)


def _stop_words(words: list[str]) -> set[str]:
    """The words PostgreSQL's English dictionary drops ("for", "how"), in one query."""
    if not words:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w FROM unnest(%s::text[]) AS w "
            "WHERE numnode(plainto_tsquery('english', w)) = 0",
            [words],
        )
        return {row[0] for row in cursor.fetchall()}


def _relaxed(results: Results):
    """A sentence typed as a search ("csr salary cebu", "resume for call center fresh grad")
    often has a word no page has, or finds almost nothing with all its words. Then: leave out
    the words no page has (and say so), and find pages with any of the rest, those with most
    of them first. Returns (query, how-many-matched annotation) or None to keep the search."""
    known, unknown = [], []
    stop = _stop_words([group[0] for group in results.expanded if len(group) == 1])
    with transaction.atomic(), connection.cursor() as cursor:
        # A word no row has is a fast miss in the GIN index; with LIMIT 1 the planner would
        # rather read the whole table hoping for an early match (70 ms at 100,000 rows).
        cursor.execute("SET LOCAL enable_seqscan = off")
        for alternatives in results.expanded:
            if alternatives[0] in stop:
                continue  # "for", "the": full-text search ignores them anyway
            found = SearchDocument.objects.filter(vector=tsquery([alternatives])).exists()
            (known if found else unknown).append(alternatives)
    if not known:
        return None
    if unknown:
        words = ", ".join(f"“{group[0]}”" for group in unknown)
        them = "it" if len(unknown) == 1 else "them"
        results.message = f"Nothing we have mentions {words}, so these results leave {them} out."
        results.expanded = known
    anything, matched = None, Value(0, output_field=IntegerField())
    for alternatives in known:
        one = tsquery([alternatives])
        anything = one if anything is None else anything | one
        matched = matched + Case(
            When(vector=one, then=Value(1)), default=Value(0), output_field=IntegerField()
        )
    return anything, matched


def search(raw: str, page_number=1, vocabulary: Vocabulary | None = None) -> Results:
    text = clean(raw)
    results = Results(query=text)
    if not text:
        results.message = "Type a word or two to search, for example “AHT” or “night shift”."
        return results
    if not TOKEN.search(text):
        results.message = "Search for words or numbers: symbols alone find nothing."
        return results
    results.expanded = groups(text, vocabulary or names_vocabulary(), results)
    query = tsquery(results.expanded)
    has_all = Value(1, output_field=IntegerField())
    few = 1 < len(results.expanded) <= RELAX_UP_TO and (
        SearchDocument.objects.filter(vector=query)[:FEW].count() < FEW
    )
    relaxed = few and _relaxed(results)
    if relaxed:
        query, has_all = relaxed
    # Rank by the words as typed, so a row found only through a synonym never outranks one
    # with the typed words in its title; the synonyms' own rank breaks ties after that.
    # (Each group's first name is what was typed, or what a search synonym searches for.)
    typed = tsquery([_variants(group[0]) for group in results.expanded])
    if relaxed:  # the typed words together find little: rank by any of the words kept
        typed = None
        for group in results.expanded:
            one = tsquery([_variants(group[0])], len(results.expanded))
            typed = one if typed is None else typed | one
    # A title naming the thing a search is about comes first: for "magkano sahod csr" (pay,
    # the CSR role) the CSR pay section, then the CSR role page, and only after them pages
    # whose title names just the intent (other roles' pay) or whose body happens to hold every
    # word; among those naming it, the thing's own page first. A search for one thing alone,
    # or with no role, skill, KPI or term in it, ranks as before.
    several = len(results.expanded) > 1
    things, pages = (results.things, results.pages) if several else ([], set())
    matches = (
        SearchDocument.objects.filter(vector=query)
        .annotate(title_vector=TITLE_VECTOR)
        .annotate(
            exact=_exact(text),
            thing=_named(things, len(results.expanded)),
            itself=_itself(pages),
            has_all=has_all,
            intent=_intent_in_title(results.intents),
            capitals=_capitals_first(text),
            rank=SearchRank(F("vector"), typed, weights=WEIGHTS),
            rank_all=SearchRank(F("vector"), query, weights=WEIGHTS),
        )
        .order_by(
            "-exact",
            "-thing",
            "-has_all",
            "-itself",
            "-intent",
            "-capitals",
            "-rank",
            "-rank_all",
            "title",
            "pk",
        )
        .only("pk", "kind", "url", "title")
    )
    page = Paginator(matches, PER_PAGE).get_page(page_number)
    results.page = page
    if page.paginator.count:
        snippets = dict(
            SearchDocument.objects.filter(pk__in=[doc.pk for doc in page.object_list])
            .annotate(
                snippet=SearchHeadline(
                    "body",
                    query,
                    config="english",
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=28,
                    min_words=12,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                )
            )
            .values_list("pk", "snippet")
        )
        for doc in page.object_list:
            doc.snippet = highlighted(snippets.get(doc.pk, ""))
    if page.paginator.count < FEW:
        close = [doc for doc in near_spellings(text) if doc.title.lower() != text.lower()]
        # Suggest a name, not a whole sentence: the closest short title.
        names = [doc.title for doc in close if len(doc.title.split()) <= 6]
        if names:
            results.did_you_mean = names[0]
        if not page.paginator.count:
            results.close = close
    if not page.paginator.count or results.message:
        _log_miss(text)  # staff see what people look for and lack, a word left out too
    return results
