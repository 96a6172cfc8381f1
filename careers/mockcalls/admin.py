"""Curating mock calls: the scorecard behaviours (with their words) and the scenarios, with
their scorecard lines and branches inline. Sessions are private to the job seeker: no admin."""

from django import forms
from django.contrib import admin

from careers.common.admin import ContentAdmin
from careers.mockcalls.conversation import problems
from careers.mockcalls.models import START, Behaviour, Branch, Scenario, ScenarioLine


@admin.register(Behaviour)
class BehaviourAdmin(ContentAdmin):
    list_display = ("name", "slug", "avoid", "order", "status", "updated_at")
    list_filter = ("status", "avoid")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}


class ScenarioLineInline(admin.TabularInline):
    model = ScenarioLine
    extra = 0
    fields = ("order", "behaviour", "phrases")
    verbose_name = "scorecard line"
    verbose_name_plural = "scorecard lines that apply (with this scenario's own words)"


class BranchFormSet(forms.BaseInlineFormSet):
    """The conversation must be able to go on: the first step exists, and every step a branch
    leads to has branches of its own, the last of them a fallback for any other reply."""

    def clean(self):
        super().clean()
        rows = [
            f.cleaned_data
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE", False)
        ]
        rows.sort(key=lambda r: r.get("order") or 0)
        found = problems(
            [
                (r.get("from_step") or START, r.get("behaviour"), r.get("to_step"), r.get("ends"))
                for r in rows
            ]
        )
        if found:
            raise forms.ValidationError(found)


class BranchInline(admin.TabularInline):
    model = Branch
    formset = BranchFormSet
    extra = 0
    fields = ("from_step", "order", "behaviour", "shown", "line", "to_step", "ends")
    verbose_name_plural = "branches (how the customer reacts; first match of a step wins)"


@admin.register(Scenario)
class ScenarioAdmin(ContentAdmin):
    list_display = ("title", "track", "channel", "order", "status", "updated_at")
    list_filter = ("status", "track", "channel")
    search_fields = ("title", "slug", "persona", "problem", "hidden_facts", "opening")
    prepopulated_fields = {"slug": ("title",)}
    inlines = [ScenarioLineInline, BranchInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "track", "channel", "order")}),
        (
            "The customer",
            {"fields": ("persona", "problem", "hidden_facts", "opening", "end_state")},
        ),
        ("Reactions", {"fields": ("account_words", "topic_words", "confused_line", "rude_line")}),
        ("Targets (this scenario's own)", {"fields": ("first_response_seconds", "handle_seconds")}),
        ("History", {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )
