from django.contrib import admin

from careers.common.admin import ContentAdmin, ContentInline
from careers.roles.models import CareerStep, Certification, Metric, Role


class CareerStepInline(ContentInline):
    model = CareerStep
    fk_name = "from_role"
    autocomplete_fields = ("to_role", "metrics")
    fields = (
        "to_role",
        "kind",
        "typical_months",
        "months_min",
        "months_max",
        "status",
        "what_it_takes",
        "metrics",
    )
    verbose_name = "next step from this role"
    verbose_name_plural = "next steps from this role"


@admin.register(Role)
class RoleAdmin(ContentAdmin):
    list_display = ("name", "office", "channel", "level", "industry", "status", "updated_at")
    list_filter = ("status", "office", "channel", "level", "industry")
    search_fields = ("name", "slug", "summary", "other_titles")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("metrics", "certifications")
    inlines = [CareerStepInline]  # higher apps add theirs through careers.common.hooks
    fieldsets = (
        (None, {"fields": ("name", "slug", "status", "other_titles", "summary")}),
        ("Where it sits", {"fields": ("office", "channel", "level", "industry")}),
        (
            "The work",
            {
                "fields": (
                    "what_they_do",
                    "day_in_the_life",
                    "shifts",
                    "work_from_home",
                    "challenges",
                    "entry_requirements",
                )
            },
        ),
        (
            "Facts for comparing roles (used by the career plan)",
            {
                "fields": (
                    ("shift_pattern", "shift_note"),
                    ("remote_work", "remote_note"),
                    ("typing_wpm", "typing_accuracy", "english_level", "experience_months"),
                    "requirements_note",
                )
            },
        ),
        ("Measures and credentials", {"fields": ("metrics", "certifications")}),
        ("History", {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )


@admin.register(CareerStep)
class CareerStepAdmin(ContentAdmin):
    list_display = ("__str__", "kind", "typical_months", "status")
    list_filter = ("status", "kind", "from_role__level")
    list_select_related = ("from_role", "to_role")
    search_fields = ("from_role__name", "to_role__name", "what_it_takes")
    autocomplete_fields = ("from_role", "to_role", "metrics")


@admin.register(Metric)
class MetricAdmin(ContentAdmin):
    list_display = ("name", "abbreviation", "typical_target", "status")
    search_fields = ("name", "abbreviation", "slug", "aliases", "definition")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Certification)
class CertificationAdmin(ContentAdmin):
    list_display = ("name", "issuing_body", "status")
    search_fields = ("name", "issuing_body", "slug", "aliases")
    prepopulated_fields = {"slug": ("name",)}
