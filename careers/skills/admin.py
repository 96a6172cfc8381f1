from django.contrib import admin

from careers.common.admin import ContentAdmin, CuratedAdmin, RelatedIdsChecked
from careers.common.permissions import can_publish
from careers.roles.models import Role
from careers.skills.models import LearningResource, RoleSkill, Skill


class RoleSkillInline(RelatedIdsChecked, admin.TabularInline):
    """The role's skills, edited on the role's change form (registered in skills/hooks.py)."""

    model = RoleSkill
    extra = 0
    autocomplete_fields = ("skill",)


@admin.register(Skill)
class SkillAdmin(ContentAdmin):
    list_display = ("name", "kind", "status", "updated_at")
    list_filter = ("status", "kind")
    search_fields = ("name", "slug", "aliases", "description")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("career_steps",)


@admin.register(RoleSkill)
class RoleSkillAdmin(CuratedAdmin):
    """Read-only for editors: they change a role's skills on the role's form, where a change to
    a published role waits for review (careers.common.review)."""

    list_display = ("role", "skill", "importance")
    list_filter = ("importance", "role__level")
    list_select_related = ("role", "skill")
    search_fields = ("role__name", "skill__name")
    autocomplete_fields = ("role", "skill")

    def _may_write(self, request) -> bool:
        return can_publish(request.user, Role)

    def has_add_permission(self, request):
        return self._may_write(request) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return self._may_write(request) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_write(request) and super().has_delete_permission(request, obj)


@admin.register(LearningResource)
class LearningResourceAdmin(ContentAdmin):
    list_display = ("title", "provider", "kind", "free", "status")
    list_filter = ("status", "kind", "free")
    search_fields = ("title", "provider", "slug")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("skills",)
