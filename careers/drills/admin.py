"""Curating drills. Results are private to the job seeker and have no admin."""

from django import forms
from django.contrib import admin

from careers.common.admin import ContentAdmin
from careers.common.forms import LinesField
from careers.drills.models import EnglishItem, EnglishTest, Passage, RecordTemplate


class RecordTemplateForm(forms.ModelForm):
    samples = LinesField(help_text="Example values, one a line (amounts may contain commas).")

    class Meta:
        model = RecordTemplate
        fields = ("label", "slug", "status", "redraw_digits", "samples")


@admin.register(Passage)
class PassageAdmin(ContentAdmin):
    list_display = ("title", "kind", "order", "status", "updated_at")
    list_filter = ("status", "kind")
    search_fields = ("title", "slug", "text")
    prepopulated_fields = {"slug": ("title",)}


@admin.register(RecordTemplate)
class RecordTemplateAdmin(ContentAdmin):
    form = RecordTemplateForm
    list_display = ("label", "status", "updated_at")
    search_fields = ("label", "slug", "samples")
    prepopulated_fields = {"slug": ("label",)}


class EnglishItemForm(forms.ModelForm):
    choices = LinesField(help_text="Three or four choices, one a line.")

    class Meta:
        model = EnglishItem
        fields = (
            "slug",
            "status",
            "area",
            "difficulty",
            "passage",
            "question",
            "choices",
            "answer",
            "explanation",
            "trap",
        )


@admin.register(EnglishItem)
class EnglishItemAdmin(ContentAdmin):
    form = EnglishItemForm
    list_display = ("question", "area", "difficulty", "status", "updated_at")
    list_filter = ("status", "area", "difficulty")
    search_fields = ("question", "slug", "passage", "explanation")


@admin.register(EnglishTest)
class EnglishTestAdmin(ContentAdmin):
    list_display = ("name", "organisation", "order", "status")
    search_fields = ("name", "organisation", "slug")
    prepopulated_fields = {"slug": ("name",)}
