"""The one way an app plugs into the apps below it.

Imports only point upwards, so a lower page (the role page, /me/) cannot import what a higher app
adds to it. Instead every extension point is declared here, at the bottom, and each app registers
what it adds in its own `hooks.py`, which `CommonConfig.ready()` imports for every installed app
(Django's `autodiscover_modules`, the way admin finds `admin.py`). Adding an app is writing its
files plus its INSTALLED_APPS line; no other app changes.

Hooks on a job seeker's own pages (`me_section`, `plan_milestones`) don't run queries: one that
needs rows returns `Reads((queryset, …), then)`, and the page reads every app's querysets in one
SQL statement, then calls `then(rows, …)` for the Section or milestones (careers.common.reads).
So /me/ and /plan/ run a few statements however many apps add to them. A `then` that needs more
rows returns another Reads, read in the next statement with every other app's. A hook may still
return its result directly (a hook with nothing to read, or one on a page read once).

    @hooks.me_section
    def my_calls(request, owner):
        latest = MockSession.objects.filter(owner=owner)[:5]  # a queryset, not yet read
        return hooks.Reads((latest,), lambda latest: Section("x.html", {"latest": latest}))

Read what a page shows as querysets: `[:1]` for .first(), journey.count_of() for .count(),
reads.prefetched() for prefetch_related (Reads refuse it: it would run queries of its own).

    from careers.common import hooks

    @hooks.role_section                   # fn(request, role) -> Section | None
    @hooks.me_section                     # fn(request, owner) -> Section | Reads | None
    @hooks.route_section                  # fn(request, roles on the route) -> Section | None
    @hooks.merge                          # fn(source_owner, target_owner), inside one transaction
    @hooks.merge_question                 # fn(source_owner, target_owner) -> URL to ask, or None
    @hooks.plan_milestones                # fn(owner, steps) -> [Milestone] | Reads, saved plan
    @hooks.journey                        # fn() -> [JourneyLink] for the home page (once a process)
    @hooks.answer_section                 # fn(request, practice item) -> Section | None
    @hooks.ad_typing                      # fn(request, wpm asked by a job ad) -> Section | None
    @hooks.visitor_part("app:name")       # fn(request, **args) -> HTML of {% visitor_part %}
    hooks.Reads(querysets, then)          # what a hook returns instead of reading rows itself
    hooks.Each([Reads, …], then)          # several Reads read together: then(their results)
    hooks.search_source(SearchSource(...))  # a public content type site search indexes
    hooks.admin_inline(Role, MyInline)    # an inline on another app's admin change form
    hooks.content(MY_SPEC)                # a content spec (seed YAML, admin CSV/JSON)
    hooks.content_columns(Role, *columns) # columns this app adds to another app's spec
    hooks.nav(NavEntry("Skills", "skills:list", order=30))  # an entry in the site's main menu
    hooks.public_params("office", "level")  # query parameters its public pages read (page cache)
    hooks.owner_cap(SavedAd, 50, "saved job ads")  # how many rows one owner may keep
    hooks.not_content("search.SearchMiss")  # a table that is neither content nor a seeker's data
    @hooks.expire                         # fn() -> (count, "what was deleted"), run daily
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

# hooks.Reads and hooks.Each: what the hooks of a job seeker's pages return to read rows
from careers.common.reads import Each as Each
from careers.common.reads import Reads as Reads
from careers.common.reads import resolve_all


@dataclass(frozen=True)
class Section:
    """A block one app adds to another app's page: a template and its context.

    `slot` places it on the page ("end" unless the page offers others); `toc` is its entry in the
    page's "On this page" list, as (anchor, label), when it has one.
    """

    template: str
    context: dict = field(default_factory=dict)
    slot: str = "end"
    toc: tuple[str, str] | None = None


@dataclass(frozen=True)
class Milestone:
    """One thing to do on a saved career plan, for the route step at index `step`.

    `key` names it across plans ("skill:typing"), so a tick survives a change of target whose
    route still has it; `progress` is the other tool's own progress ("12 of 30 done").
    """

    key: str
    kind: str
    text: str
    url: str
    step: int
    progress: str = ""
    links: tuple[tuple[str, str], ...] = ()  # (label, url): learning resources and the like
    order: int = 50  # within a step: learning first (10-30), applying last (70-90)


@dataclass(frozen=True)
class JourneyLink:
    """A tool for one of the six journey steps on the home page (`careers.common.journey`), with
    the owner's own progress in it when they have some ("Target: Team leader"): a
    journey.Progress, read in one query with the other links'. The link itself is the same for
    every visitor (asked for once a process, kept in the page for all); only its progress is
    theirs."""

    step: str
    label: str
    url: str
    progress: object = ""
    order: int = 50


@dataclass(frozen=True)
class SearchEntry:
    """What site search indexes for one public row: where it lives and its words, by weight
    (title and other titles first, then aliases and abbreviations, then the body text)."""

    url: str
    title: str
    alt: str = ""
    terms: str = ""
    body: str = ""


@dataclass(frozen=True)
class SearchSource:
    """A content type in site search, declared by its own app. `entry(obj)` returns the
    SearchEntry of a published row (drafts are never indexed), or None to leave a row out;
    `m2m` names many-to-many fields its entry depends on, `follows` reverse relations whose
    rows' saves and deletes change it (a role's pay figures). A model may have several."""

    model: type
    kind: str
    label: str
    entry: Callable
    m2m: tuple[str, ...] = ()
    prefetch: tuple[str, ...] = ()
    follows: tuple[str, ...] = ()


@dataclass(frozen=True)
class NavEntry:
    """A link in the main menu: `url_name` is reversed once; lower `order` comes first."""

    label: str
    url_name: str
    order: int = 50


@dataclass(frozen=True)
class OwnerCap:
    """How many rows of `model` one owner may keep, and what to call them in the refusal."""

    model: type
    cap: int
    what: str


class Hook:
    """An ordered list of functions registered by apps, in INSTALLED_APPS order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.functions: list[Callable] = []

    def __call__(self, fn: Callable) -> Callable:
        """Register `fn`; used as a decorator. Registering twice is harmless."""
        if fn not in self.functions:
            self.functions.append(fn)
        return fn

    def __iter__(self):
        return iter(self.functions)

    def results(self, *args) -> list:
        """Every function's result, each Reads read (one statement a round for all of them)."""
        return resolve_all([fn(*args) for fn in self.functions])

    def sections(self, *args) -> list[Section]:
        """Call every function; those that return None add nothing to the page."""
        return [section for section in self.results(*args) if section is not None]


class Parts:
    """Named renderers of the parts of a shared page that differ per visitor (the header's
    account links, messages, a job seeker's progress): bpoportal.serving.visitor_parts."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.renderers: dict[str, Callable] = {}

    def __call__(self, part: str) -> Callable:
        """Register the renderer of `part` ("app:name"); used as a decorator."""

        def register(fn: Callable) -> Callable:
            known = self.renderers.get(part)
            if known is not None and _name(known) != _name(fn):  # the same one again is harmless
                raise ValueError(f"two renderers for the visitor part {part!r}")
            self.renderers[part] = fn
            return fn

        return register

    def __getitem__(self, part: str) -> Callable:
        return self.renderers[part]


def _name(fn: Callable) -> str:
    return f"{fn.__module__}.{fn.__qualname__}"


role_section = Hook("role_section")
me_section = Hook("me_section")
route_section = Hook("route_section")
merge = Hook("merge")
# Before a login merge the job seeker asked for: a page that must ask something first (two
# different plans: which to keep?). That page finishes the merge itself.
merge_question = Hook("merge_question")
plan_milestones = Hook("plan_milestones")
journey = Hook("journey")
answer_section = Hook("answer_section")  # other ways to answer an interview practice question
# The job-ad check's typing requirement against the job seeker's own result, where one exists.
ad_typing = Hook("ad_typing")
expire = Hook("expire")  # `manage.py purge_expired` runs each, for data kept for a limited time
visitor_part = Parts("visitor_part")

_inlines: dict[type, list[type]] = defaultdict(list)


def admin_inline(model: type, inline: type) -> None:
    """Show `inline` on `model`'s admin change form (the shared admin base reads this)."""
    if inline not in _inlines[model]:
        _inlines[model].append(inline)


def inlines_for(model: type) -> list[type]:
    return list(_inlines[model])


_search_sources: dict[str, SearchSource] = {}


def search_source(source: SearchSource) -> None:
    _search_sources[source.kind] = source


def search_sources() -> list[SearchSource]:
    return list(_search_sources.values())


# Content specs in load order (INSTALLED_APPS order, then registration order in each app).
_specs: dict[type, object] = {}
_extra_columns: dict[type, list] = defaultdict(list)


def content(spec) -> None:
    _specs[spec.model] = spec


def content_columns(model: type, *columns) -> None:
    """Add columns to a lower app's spec (a role's skills are the skills app's business)."""
    _extra_columns[model].extend(columns)


def content_specs() -> list:
    return list(_specs.values())


def content_spec_for(model: type):
    return _specs.get(model)


def extra_columns_for(model: type) -> list:
    return list(_extra_columns[model])


_nav: list[NavEntry] = []


def nav(entry: NavEntry) -> None:
    if entry not in _nav:
        _nav.append(entry)
        _nav.sort(key=lambda e: e.order)


def nav_entries() -> list[NavEntry]:
    return list(_nav)


# Query parameters that public pages read: the page cache keys pages on them and refuses any
# other, so a made-up parameter cannot fill the cache with copies of one page.
_public_params: set[str] = set()


def public_params(*names: str) -> None:
    _public_params.update(names)


def public_param_names() -> frozenset[str]:
    return frozenset(_public_params)


_caps: dict[type, OwnerCap] = {}


def owner_cap(model: type, cap: int, what: str) -> None:
    _caps[model] = OwnerCap(model, cap, what)


def cap_for(model: type) -> OwnerCap:
    return _caps[model]


def capped(model: type) -> OwnerCap | None:
    return _caps.get(model)


# Tables (app_label.Model) that are bookkeeping: changing them must not count as a content
# change for the caches. A job seeker's own data needs no entry: the content version finds every
# model that needs an Owner or a user through its required foreign keys.
_not_content: set[str] = set()


def not_content(*labels: str) -> None:
    _not_content.update(labels)


def not_content_labels() -> frozenset[str]:
    return frozenset(_not_content)


def autodiscover() -> None:
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("hooks")
