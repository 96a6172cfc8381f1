from django.contrib import admin

from careers.common.admin import ContentAdmin
from careers.search.models import SearchMiss, SearchSynonym


@admin.register(SearchSynonym)
class SearchSynonymAdmin(ContentAdmin):
    """Words people type in site search and what they mean (Taglish, intents, fillers)."""

    list_display = ("slug", "status", "updated_at")
    search_fields = ("slug", "typed", "search_for")


@admin.register(SearchMiss)
class SearchMissAdmin(admin.ModelAdmin):
    """What job seekers searched for and did not find, per week: content to write next."""

    list_display = ("query", "count", "week")
    list_filter = ("week",)
    search_fields = ("query",)
    ordering = ("-week", "-count", "query")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
