"""Reading a pasted job ad: which skills, KPIs, certifications, roles and jargon it mentions.

Everything runs here, on the server, with no outside service. Every phrase staff curate (skill
names and aliases, KPI names and abbreviations, certification names, role titles, jargon terms)
goes into one `careers.common.phrases.PhraseIndex`: whole words, longest phrase first, so
"customer service" wins over "service" and "crm" never matches inside "scrms".
"""

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch

from bpoportal.serving import content_version
from careers.common import phrases
from careers.resumes.models import JargonTerm
from careers.roles.models import Certification, Metric, Role
from careers.skills.models import Importance, RoleSkill, Skill

MAX_AD_LENGTH = 10_000
ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z0-9&/-]{1,9})\)\s*$")

# Scores for suggesting roles: the ad's job title counts most, then essential skills.
TITLE_POINTS, ESSENTIAL_POINTS, HELPFUL_POINTS, KPI_POINTS, CERT_POINTS = 6, 3, 1, 1, 2


@dataclass(frozen=True)
class Term:
    phrase: str  # normalised: lowercase, single spaces
    kind: str  # skill | metric | certification | role | jargon
    obj: object
    via: str  # "name", "alias", "abbreviation", "title"


@dataclass
class Hit(phrases.Hit):
    """A phrase found in the ad, with what it names ("wpm": a skill and a knock-out)."""

    @property
    def explanation(self) -> str:
        return "; ".join(describe(t) for t in self.terms)


KIND_LABELS = {
    "skill": "skill",
    "metric": "KPI",
    "certification": "certification",
    "role": "job title",
    "jargon": "BPO term",
}


def describe(term: Term) -> str:
    via = "" if term.via in ("name", "title") else f" ({term.via})"
    return f"{KIND_LABELS[term.kind]}: {term.obj}{via}"


@dataclass
class Suggestion:
    role: Role
    score: int
    reasons: list[str]


@dataclass
class MatchResult:
    text: str
    hits: list[Hit]
    skills: dict = field(default_factory=dict)  # Skill -> [Hit]
    metrics: dict = field(default_factory=dict)
    certifications: dict = field(default_factory=dict)
    jargon: dict = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)
    typing_wpm: list[int] = field(default_factory=list)
    # Requirements the ad itself waives ("with or without BPO experience"): term -> [Hit].
    waived: dict = field(default_factory=dict)
    # Terms named inside a stated speed ("35 WPM" is the typing test): the speed says them.
    in_speed: set = field(default_factory=set)

    @property
    def knockouts(self) -> list:
        """Hard requirements: knock-out terms the ad names, unless each mention waives it."""
        return [term for term in self.jargon if term.knockout and term not in self.waived]

    @property
    def knockouts_to_check(self) -> list:
        """The knock-outs "Check these first" lists: a typing test the ad gives a speed for is
        listed once, as that speed (with the seeker's own result), not again as a test."""
        return [term for term in self.knockouts if term not in self.in_speed]

    @property
    def not_required(self) -> list:
        return [term for term in self.waived if term.knockout]

    @property
    def scam_signs(self) -> list:
        """Requests for the applicant's money: the ad's most important line."""
        return [term for term in self.jargon if term.scam_sign]

    @property
    def found_anything(self) -> bool:
        return bool(self.hits)

    def segments(self) -> list[tuple[str, Hit | None]]:
        """The ad cut into plain text and matched words, for highlighting."""
        out, pos = [], 0
        for hit in self.hits:
            if hit.start > pos:
                out.append((self.text[pos : hit.start], None))
            out.append((self.text[hit.start : hit.end], hit))
            pos = hit.end
        if pos < len(self.text):
            out.append((self.text[pos:], None))
        return out


def term_identity(term: Term) -> tuple:
    return (term.kind, term.obj)


class Vocabulary:
    """Every phrase the matcher knows, loaded in a fixed number of queries."""

    def __init__(self, *, suggestions: bool = True) -> None:
        """With `suggestions=False` (names only, as site search needs), roles are loaded
        without the skills, KPIs and certifications that role suggestions score."""
        self.index = phrases.PhraseIndex(identity=term_identity, with_parts=True, hit_class=Hit)

        def add(phrase: str, kind: str, obj, via: str) -> None:
            self.index.add(phrase, Term(phrases.normalise(phrase), kind, obj, via))

        for skill in Skill.objects.published():
            add(skill.name, "skill", skill, "name")
            for alias in skill.aliases:
                add(alias, "skill", skill, "alias")
        for metric in Metric.objects.published():
            add(metric.name, "metric", metric, "name")
            if metric.abbreviation:
                add(metric.abbreviation, "metric", metric, "abbreviation")
            for alias in metric.aliases:
                add(alias, "metric", metric, "alias")
        for cert in Certification.objects.published():
            add(cert.name, "certification", cert, "name")
            for alias in cert.aliases:
                add(alias, "certification", cert, "alias")
        roles = Role.objects.published()
        if suggestions:
            roles = roles.prefetch_related(
                Prefetch("role_skills", queryset=RoleSkill.objects.published()),
                Prefetch("metrics", queryset=Metric.objects.published()),
                Prefetch("certifications", queryset=Certification.objects.published()),
            )
        else:
            roles = roles.only("pk", "name", "slug", "other_titles", "status")
        self.roles = list(roles)
        for role in self.roles:
            for title in [role.name, *role.other_titles]:
                add(title, "role", role, "title")
                # "Customer Service Representative (CSR)": ads and searches write "CSR" alone.
                if (short := ABBREVIATION.search(title)) and short[1].lower() != title.lower():
                    add(short[1], "role", role, "abbreviation")
        for term in JargonTerm.objects.published():
            add(term.term, "jargon", term, "name")
            for alias in term.aliases:
                add(alias, "jargon", term, "alias")

    def find(self, text: str) -> list[Hit]:
        return self.index.find(text)


# How ads say a requirement is not one, read around the phrase the way a recruiter would:
# "non-BPO experience welcome", "with or without BPO experience", "no night shift",
# "BPO experience is a plus", "call centre experience not required".
WAIVED_BEFORE = re.compile(
    r"(?:\bnon[-\s]?|\bwith or without\s+(?:any\s+)?|\bwithout\s+(?:any\s+)?|\bno\s+(?:prior\s+)?"
    r"|\bnot necessarily\s+(?:with\s+)?)$",
    re.IGNORECASE,
)
WAIVED_AFTER = re.compile(
    r"^\W{0,3}(?:is\s+|are\s+)?(?:not\s+(?:required|needed|necessary|a must)|optional"
    r"|(?:is\s+)?(?:a\s+)?(?:plus|bonus|an advantage)|not a requirement"
    r"|preferred(?:,)?\s+but\s+not\s+required)",
    re.IGNORECASE,
)


def waives(text: str, hit) -> bool:
    """Does the ad, around this mention, say the requirement is not one?"""
    before = text[max(0, hit.start - 30) : hit.start]
    return bool(WAIVED_BEFORE.search(before) or WAIVED_AFTER.search(text[hit.end : hit.end + 40]))


WPM = re.compile(r"(?<!\d)(\d{2,3})\s*(?:\+\s*)?(?:wpm|words\s+per\s+minute)", re.IGNORECASE)


def current_vocabulary() -> Vocabulary:
    """Built once per content version in each process: a check costs the match itself, not
    a load of every phrase and a regex compile."""
    return content_version.memoized("job-ad-vocabulary", Vocabulary)


def match_ad(text: str, vocabulary: Vocabulary | None = None) -> MatchResult:
    vocabulary = vocabulary or current_vocabulary()
    result = MatchResult(text=text, hits=vocabulary.find(text))
    buckets = {
        "skill": result.skills,
        "metric": result.metrics,
        "certification": result.certifications,
        "jargon": result.jargon,
    }
    titles = {}
    for hit in result.hits:
        for term in hit.terms:
            if term.kind == "role":
                titles.setdefault(term.obj.pk, hit)
            else:
                buckets[term.kind].setdefault(term.obj, []).append(hit)
    for term, hits in result.jargon.items():
        if all(waives(text, hit) for hit in hits):
            result.waived[term] = hits
    speeds = list(WPM.finditer(text))
    result.typing_wpm = sorted({int(speed[1]) for speed in speeds})
    result.in_speed = {
        term
        for term, hits in result.jargon.items()
        if any(s.start() <= h.start and h.end <= s.end() for s in speeds for h in hits)
    }
    result.suggestions = suggest_roles(result, vocabulary.roles, titles)
    return result


def suggest_roles(result: MatchResult, roles: list[Role], titles: dict) -> list[Suggestion]:
    skills = {skill.pk for skill in result.skills}
    metrics = {metric.pk for metric in result.metrics}
    certs = {cert.pk for cert in result.certifications}
    suggestions = []
    for role in roles:
        score, reasons = 0, []
        if hit := titles.get(role.pk):
            score += TITLE_POINTS
            reasons.append(f"the ad uses the job title “{hit.text}”")
        essential = [rs for rs in role.role_skills.all() if rs.skill_id in skills]
        for rs in essential:
            weight = ESSENTIAL_POINTS if rs.importance == Importance.ESSENTIAL else HELPFUL_POINTS
            score += weight
        n_essential = sum(rs.importance == Importance.ESSENTIAL for rs in essential)
        if n_essential:
            reasons.append(f"{n_essential} of its essential skills")
        kpis = [m for m in role.metrics.all() if m.pk in metrics]
        if kpis:
            score += KPI_POINTS * len(kpis)
            reasons.append("its KPIs: " + ", ".join(m.abbreviation or m.name for m in kpis))
        role_certs = [c for c in role.certifications.all() if c.pk in certs]
        if role_certs:
            score += CERT_POINTS * len(role_certs)
            reasons.append("certifications: " + ", ".join(c.name for c in role_certs))
        if score:
            suggestions.append(Suggestion(role, score, reasons))
    suggestions.sort(key=lambda s: (-s.score, s.role.name))
    return suggestions[:3]
