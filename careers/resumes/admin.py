from django import forms
from django.contrib import admin

from careers.common.admin import ContentAdmin
from careers.resumes.models import ChecklistItem, JargonTerm

# Job seekers' ticks, notes and saved ads are private: deliberately not in admin.


class ChecklistItemForm(forms.ModelForm):
    class Meta:
        model = ChecklistItem
        fields = (
            "slug",
            "section",
            "part",
            "text",
            "why",
            "good_example",
            "weak_example",
            "roles",
            "order",
            "status",
        )

    def clean_roles(self):
        roles = self.cleaned_data["roles"]
        drafts = [role.name for role in roles if not role.is_published]
        if drafts:
            raise forms.ValidationError(
                "These roles are drafts, so the item would never show: "
                + ", ".join(drafts)
                + ". Publish the roles first, or leave them out."
            )
        return roles


@admin.register(ChecklistItem)
class ChecklistItemAdmin(ContentAdmin):
    form = ChecklistItemForm
    list_display = ("text", "section", "part", "order", "for_roles", "status")
    list_filter = ("status", "section", "part", "roles")
    search_fields = ("text", "slug", "why", "good_example")
    prepopulated_fields = {"slug": ("text",)}
    autocomplete_fields = ("roles",)
    ordering = ("section", "part", "order")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("roles")

    @admin.display(description="Roles")
    def for_roles(self, item):
        return ", ".join(role.name for role in item.roles.all()) or "All roles"


@admin.register(JargonTerm)
class JargonTermAdmin(ContentAdmin):
    list_display = ("term", "knockout", "scam_sign", "status")
    list_filter = ("status", "knockout", "scam_sign")
    search_fields = ("term", "slug", "aliases", "meaning")
    prepopulated_fields = {"slug": ("term",)}
