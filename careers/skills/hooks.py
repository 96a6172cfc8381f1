"""How skills plugs into lower apps: the role page's skills, the role admin's skills inline, and
the skills columns of a role's and a career step's content records."""

from django.urls import reverse

from careers.common import hooks
from careers.common.hooks import JourneyLink, NavEntry, SearchEntry, SearchSource, Section
from careers.common.search_text import plain, words
from careers.roles.models import CareerStep, Role
from careers.skills.admin import RoleSkillInline
from careers.skills.content import CAREER_STEP_COLUMNS, RESOURCES, ROLE_COLUMNS, SKILLS
from careers.skills.models import Importance, RoleSkill, Skill

hooks.content(SKILLS)
hooks.content(RESOURCES)
hooks.content_columns(Role, *ROLE_COLUMNS)
hooks.content_columns(CareerStep, *CAREER_STEP_COLUMNS)
hooks.admin_inline(Role, RoleSkillInline)
hooks.nav(NavEntry("Skills", "skills:list", order=30))
hooks.public_params("kind")


@hooks.role_section
def role_skills(request, role):
    """Essential and helpful skills, right after the description of the work (one query)."""
    needs = RoleSkill.objects.visible_to(request.user).filter(role=role).select_related("skill")
    context = {
        "essential": [rs.skill for rs in needs if rs.importance == Importance.ESSENTIAL],
        "helpful": [rs.skill for rs in needs if rs.importance == Importance.HELPFUL],
    }
    return Section(
        "skills/_role_section.html", context, slot="after_work", toc=("skills", "Skills")
    )


@hooks.journey
def build_skills():
    return [JourneyLink("skills", "The skills BPO jobs ask for", reverse("skills:list"), order=10)]


# Site search: what it indexes of this app (drafts are never indexed).
def _skill(skill):
    return SearchEntry(
        skill.get_absolute_url(),
        skill.name,
        terms=words(skill.aliases),
        body=plain(skill.description),
    )


hooks.search_source(SearchSource(Skill, "skill", "Skill", _skill))
