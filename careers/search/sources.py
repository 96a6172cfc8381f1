"""What site search indexes for the apps below it: one SearchSource per public content type.

An app added later registers its own with `hooks.search_source` in its hooks.py; this file only
describes the apps that existed before search did, so none of them had to change.
"""

import re

from django.urls import reverse

from careers.common import hooks
from careers.common.hooks import SearchEntry, SearchSource
from careers.guide.models import Fact, HiringStage, Organisation, Topic
from careers.guide.views import COUNTRY_PAGES
from careers.interviews.models import Question
from careers.plans.models import Background
from careers.resumes.models import ChecklistItem, JargonTerm
from careers.roles.models import Certification, Metric, Role
from careers.skills.models import Skill

MARKDOWN = re.compile(r"https?://\S+|[*_`#>|\[\]()~]+")


def plain(*texts: str) -> str:
    """Markdown as plain words, for the index and its snippets."""
    return MARKDOWN.sub(" ", " ".join(t for t in texts if t)).strip()


def words(values) -> str:
    return " · ".join(v for v in values if v)


def published(entry):
    """Wrap an entry function so that drafts are not indexed."""

    def check(obj):
        return entry(obj) if obj.is_published else None

    return check


def _role(role):
    return SearchEntry(
        role.get_absolute_url(),
        role.name,
        alt=words(role.other_titles),
        body=plain(role.summary, role.what_they_do),
    )


def _skill(skill):
    return SearchEntry(
        skill.get_absolute_url(),
        skill.name,
        terms=words(skill.aliases),
        body=plain(skill.description),
    )


def _metric(metric):
    return SearchEntry(
        metric.get_absolute_url(),
        metric.name,
        alt=metric.abbreviation,
        terms=words(metric.aliases),
        body=plain(metric.definition, metric.typical_target),
    )


def _certification(cert):
    return SearchEntry(
        cert.get_absolute_url(),
        cert.name,
        terms=words([*cert.aliases, cert.issuing_body]),
        body=plain(cert.description),
    )


def _question(question):
    return SearchEntry(
        question.get_absolute_url(),
        question.text,
        body=plain(question.looking_for, question.tips),
    )


def _checklist_item(item):
    """An anchor on the first of its roles' checklists; a line for every role is listed, with
    its anchor, on the resume page."""
    roles = [r for r in item.roles.all() if r.is_published]
    page = reverse("resumes:role", args=[roles[0].slug]) if roles else reverse("resumes:index")
    return SearchEntry(
        f"{page}#c-item-{item.slug}", item.text, body=plain(item.why, item.good_example)
    )


def _jargon(term):
    return SearchEntry(
        reverse("glossary") + f"#{term.slug}",
        term.term,
        terms=words(term.aliases),
        body=plain(term.meaning, term.advice),
    )


def _background(background):
    url = reverse("plans:fit") + f"?background={background.slug}"
    return SearchEntry(url, background.name, body=plain(background.summary))


def _country_page(country: str) -> str:
    if country in COUNTRY_PAGES:
        return reverse("guide:hiring_country", args=[country])
    return reverse("guide:hiring")


def _stage(stage):
    url = _country_page(stage.country) + f"#{stage.slug}"
    return SearchEntry(url, stage.name, body=plain(stage.what_happens, stage.how_to_prepare))


def _fact(fact):
    return SearchEntry(
        _country_page(fact.country) + f"#{fact.slug}", fact.title, body=plain(fact.body)
    )


def _topic(topic):
    page = "guide:industry" if topic.page == "industry" else "guide:network"
    return SearchEntry(f"{reverse(page)}#{topic.slug}", topic.title, body=plain(topic.body))


def _organisation(org):
    page = "guide:industry" if org.kind == "employer" else "guide:network"
    return SearchEntry(
        f"{reverse(page)}#{org.slug}",
        org.name,
        alt=org.short_name,
        body=plain(org.summary, org.offers),
    )


SOURCES = [
    SearchSource(Role, "role", "Role", published(_role)),
    SearchSource(Skill, "skill", "Skill", published(_skill)),
    SearchSource(Metric, "metric", "KPI", published(_metric)),
    SearchSource(Certification, "certification", "Certification", published(_certification)),
    SearchSource(Question, "question", "Interview question", published(_question)),
    SearchSource(
        ChecklistItem,
        "checklist",
        "Resume checklist",
        published(_checklist_item),
        m2m=("roles",),
        prefetch=("roles",),
    ),
    SearchSource(JargonTerm, "jargon", "BPO jargon", published(_jargon)),
    SearchSource(Background, "background", "Background", published(_background)),
    SearchSource(HiringStage, "stage", "Hiring stage", published(_stage)),
    SearchSource(Fact, "fact", "Hiring guide", published(_fact)),
    SearchSource(Topic, "topic", "Industry guide", published(_topic)),
    SearchSource(Organisation, "organisation", "Organisation", published(_organisation)),
]
for source in SOURCES:
    hooks.search_source(source)
