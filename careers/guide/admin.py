import datetime

from django.contrib import admin

from careers.common.admin import ContentAdmin
from careers.guide.models import (
    STALE_AFTER_YEARS,
    Fact,
    HiringStage,
    MinimumWage,
    Organisation,
    PayFigure,
    PayNote,
    Topic,
)


class StaleFilter(admin.SimpleListFilter):
    """Sources more than two years old: the page marks them "may be out of date"."""

    title = "source age"
    parameter_name = "stale"

    def lookups(self, request, model_admin):
        return [("yes", f"Older than {STALE_AFTER_YEARS} years: refresh")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.stale(datetime.date.today())
        return queryset


class SourcedAdmin(ContentAdmin):
    list_filter = ("status", StaleFilter, "country")

    @admin.display(description="source", ordering="source_year")
    def source(self, obj):
        return f"{obj.source_name} ({obj.source_year})" if obj.source_name else "—"


@admin.register(HiringStage)
class HiringStageAdmin(SourcedAdmin):
    list_display = ("name", "country", "order", "status", "source")
    search_fields = ("name", "slug", "what_happens")


@admin.register(Fact)
class FactAdmin(SourcedAdmin):
    list_display = ("title", "country", "kind", "status", "source")
    list_filter = ("status", StaleFilter, "country", "kind")
    search_fields = ("title", "slug", "body", "source_name")


@admin.register(PayFigure)
class PayFigureAdmin(SourcedAdmin):
    list_display = (
        "role",
        "country",
        "place",
        "level",
        "low",
        "high",
        "currency",
        "period",
        "source",
    )
    list_filter = ("status", StaleFilter, "country", "place", "level")
    list_select_related = ("role",)
    search_fields = ("role__name", "slug", "source_name")
    autocomplete_fields = ("role",)


@admin.register(Organisation)
class OrganisationAdmin(SourcedAdmin):
    list_display = ("name", "short_name", "country", "kind", "order", "status", "source")
    list_filter = ("status", StaleFilter, "country", "kind")
    search_fields = ("name", "short_name", "slug", "summary")


@admin.register(Topic)
class TopicAdmin(SourcedAdmin):
    list_display = ("title", "page", "section", "order", "status", "source")
    list_filter = ("status", StaleFilter, "page", "section")
    search_fields = ("title", "slug", "body")


@admin.register(MinimumWage)
class MinimumWageAdmin(ContentAdmin):
    list_display = (
        "place",
        "amount",
        "currency",
        "per",
        "valid_from",
        "valid_until",
        "order_name",
        "status",
    )
    list_filter = ("status", "place")
    search_fields = ("slug", "order_name", "source_name")


@admin.register(PayNote)
class PayNoteAdmin(ContentAdmin):
    list_display = ("role", "status", "updated_at")
    list_filter = ("status",)
    list_select_related = ("role",)
    search_fields = ("role__name", "reason")
    autocomplete_fields = ("role",)
