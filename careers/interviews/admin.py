"""Curating the question bank. Practice sessions and answers have no admin: they are private
to the job seeker who wrote them."""

from django import forms
from django.contrib import admin, messages

from careers.common.admin import ContentAdmin
from careers.common.forms import LinesField
from careers.interviews.feedback import uncovered_points
from careers.interviews.models import Question, RubricLine, TalkingPoint
from careers.interviews.practice import points_of


class QuestionAdminForm(forms.ModelForm):
    follow_ups = LinesField(
        required=False, help_text="Likely follow-up questions, one a line.", max_length=5000
    )

    class Meta:
        model = Question
        fields = (
            "text",
            "slug",
            "status",
            "category",
            "difficulty",
            "roles",
            "looking_for",
            "tips",
            "sample_answer",
            "follow_ups",
        )

    def clean_follow_ups(self):
        lines = self.cleaned_data["follow_ups"]
        too_long = [line for line in lines if len(line) > 300]
        if too_long:
            raise forms.ValidationError("Keep each follow-up question under 300 characters.")
        return lines


class TalkingPointForm(forms.ModelForm):
    class Meta:
        model = TalkingPoint
        fields = ("order", "point", "phrases")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phrases"].required = True  # a point with no words can never be found


class TalkingPointInline(admin.TabularInline):
    model = TalkingPoint
    form = TalkingPointForm
    extra = 0
    fields = ("order", "point", "phrases")
    verbose_name_plural = "talking points (what a good answer covers; the feedback looks for them)"


class RubricLineInline(admin.TabularInline):
    model = RubricLine
    extra = 0
    fields = ("order", "criterion", "description", "evidence")
    verbose_name = "scorecard line (role-play questions only)"
    verbose_name_plural = "scorecard (role-play questions only)"


@admin.register(Question)
class QuestionAdmin(ContentAdmin):
    form = QuestionAdminForm
    list_display = ("short_text", "category", "difficulty", "for_roles", "status", "updated_at")
    list_filter = ("status", "category", "difficulty", "roles")
    search_fields = ("text", "slug", "looking_for", "tips", "sample_answer")
    prepopulated_fields = {"slug": ("text",)}
    autocomplete_fields = ("roles",)
    inlines = [TalkingPointInline, RubricLineInline]
    fieldsets = (
        (None, {"fields": ("text", "slug", "status", "category", "difficulty", "roles")}),
        ("Help for the job seeker", {"fields": ("looking_for", "tips", "sample_answer")}),
        ("Follow-ups", {"fields": ("follow_ups",)}),
        ("History", {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("roles")

    def save_related(self, request, form, formsets, change):
        """Say so when the sample answer would not show a talking point: the feedback would
        then tell job seekers the model answer misses it."""
        super().save_related(request, form, formsets, change)
        question = form.instance
        missing = uncovered_points(question.sample_answer, points_of(question))
        if missing:
            messages.warning(
                request,
                "The sample answer does not show these talking points: "
                + "; ".join(missing)
                + ". Add one of their words to the sample answer, or a phrase the sample "
                "answer uses to the point.",
            )

    @admin.display(description="question", ordering="text")
    def short_text(self, obj):
        return str(obj)

    @admin.display(description="roles")
    def for_roles(self, obj):
        names = [role.name for role in obj.roles.all()]
        return ", ".join(names) if names else "All roles"
