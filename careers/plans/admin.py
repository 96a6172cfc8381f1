from django.contrib import admin

from careers.common.admin import ContentAdmin, RelatedIdsChecked
from careers.plans.models import Background, TransferableSkill


class TransferableSkillInline(RelatedIdsChecked, admin.TabularInline):
    model = TransferableSkill
    extra = 0
    autocomplete_fields = ("skill",)
    fields = ("order", "skill", "how")


@admin.register(Background)
class BackgroundAdmin(ContentAdmin):
    list_display = ("name", "in_bpo", "order", "status", "updated_at")
    list_filter = ("status", "in_bpo")
    search_fields = ("name", "slug", "summary")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("entry_roles",)
    inlines = [TransferableSkillInline]
