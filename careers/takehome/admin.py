from django.contrib import admin

from careers.guide.admin import SourcedAdmin
from careers.takehome.models import Rate


@admin.register(Rate)
class RateAdmin(SourcedAdmin):
    list_display = ("name", "country", "kind", "place", "valid_from", "over", "status", "source")
    list_filter = ("status", "country", "kind", "valid_from")
    search_fields = ("name", "slug", "source_name", "note")
