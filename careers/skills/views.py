from django.db.models import Case, When
from django.shortcuts import get_object_or_404, render

from bpoportal.serving.visitor_parts import shared_body
from careers.common.paging import page_of
from careers.roles.models import Role
from careers.skills.models import Importance, LearningResource, RoleSkill, Skill, SkillKind

SKILLS_PER_PAGE = 60  # short links, several to a row
ROLES_PER_PAGE = 30  # the roles that need one skill


@shared_body
def skill_list(request):
    """Skills by kind, a page at a time; one kind on its own with ?kind= (an unknown kind is
    ignored)."""
    kind = request.GET.get("kind", "")
    skills = Skill.objects.published()
    if kind in SkillKind.values:
        skills = skills.filter(kind=kind)
    else:
        kind = ""
    in_kind_order = Case(*(When(kind=value, then=n) for n, value in enumerate(SkillKind.values)))
    page = page_of(request, skills.order_by(in_kind_order, "name"), SKILLS_PER_PAGE)
    groups = [(k.label, [s for s in page.object_list if s.kind == k]) for k in SkillKind]
    context = {
        "groups": [group for group in groups if group[1]],
        "page": page,
        "kind": kind,
        "kinds": SkillKind.choices,
    }
    return render(request, "skills/skill_list.html", context)


@shared_body
def skill_detail(request, slug):
    skill = get_object_or_404(Skill.objects.visible_to(request.user), slug=slug)
    needs = (
        RoleSkill.objects.filter(skill=skill, role__in=Role.objects.published())
        .select_related("role")
        .order_by("importance", "role__name")
    )
    page = page_of(request, needs, ROLES_PER_PAGE)  # essential first, then helpful
    context = {
        "skill": skill,
        "page": page,
        "essential_for": [
            rs.role for rs in page.object_list if rs.importance == Importance.ESSENTIAL
        ],
        "helpful_for": [rs.role for rs in page.object_list if rs.importance == Importance.HELPFUL],
        "resources": LearningResource.objects.published().filter(skills=skill),
    }
    return render(request, "skills/skill_detail.html", context)
