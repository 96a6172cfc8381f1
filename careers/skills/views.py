from django.shortcuts import get_object_or_404, render

from careers.roles.models import Role
from careers.skills.models import Importance, LearningResource, RoleSkill, Skill, SkillKind


def skill_list(request):
    skills = Skill.objects.published().order_by("name")
    groups = [(kind.label, [s for s in skills if s.kind == kind]) for kind in SkillKind]
    return render(request, "skills/skill_list.html", {"groups": [g for g in groups if g[1]]})


def skill_detail(request, slug):
    skill = get_object_or_404(Skill.objects.visible_to(request.user), slug=slug)
    needs = (
        RoleSkill.objects.filter(skill=skill, role__in=Role.objects.published())
        .select_related("role")
        .order_by("importance", "role__name")
    )
    context = {
        "skill": skill,
        "essential_for": [rs.role for rs in needs if rs.importance == Importance.ESSENTIAL],
        "helpful_for": [rs.role for rs in needs if rs.importance == Importance.HELPFUL],
        "resources": LearningResource.objects.published().filter(skills=skill),
    }
    return render(request, "skills/skill_detail.html", context)
