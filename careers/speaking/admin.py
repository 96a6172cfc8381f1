"""Curating speaking drills. Results and recordings are private to the job seeker: no admin."""

from django.contrib import admin

from careers.common.admin import ContentAdmin
from careers.speaking.models import Drill


@admin.register(Drill)
class DrillAdmin(ContentAdmin):
    list_display = ("title", "kind", "order", "seconds", "status", "updated_at")
    list_filter = ("status", "kind")
    search_fields = ("title", "slug", "text")
    prepopulated_fields = {"slug": ("title",)}
