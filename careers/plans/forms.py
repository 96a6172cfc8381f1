"""The plan forms. All are GET forms (nothing is saved), so every answer is a shareable link."""

import datetime

from django import forms
from django.utils import timezone

from careers.common.widgets import LongSelect
from careers.plans.firstjob import OUTSIDE, OUTSIDE_LABEL
from careers.plans.models import Background, Stage
from careers.roles.models import Level, Role

MAX_RATED_SKILLS = 12  # the skills that matter most: a grid a phone can get through
MAX_PLAN_YEARS = 15


def role_field(label: str, unknown: str, **kwargs) -> forms.ModelChoiceField:
    """A select of published roles by slug, reading only what an option shows (there may be
    500 roles)."""
    return forms.ModelChoiceField(
        queryset=Role.objects.published().only("id", "slug", "name", "status"),
        to_field_name="slug",
        widget=LongSelect,
        label=label,
        error_messages={"invalid_choice": unknown},
        **kwargs,
    )


class Goal(forms.ChoiceField):
    CHOICES = [
        ("lead", "Lead people: team leader and beyond"),
        ("specialist", "Become a specialist (healthcare, finance, legal, research)"),
        ("customers", "Stay hands-on with customers"),
        ("back-office", "Back office, away from the phone"),
    ]

    def __init__(self, **kwargs):
        super().__init__(choices=self.CHOICES, widget=forms.RadioSelect, **kwargs)


YES_NO = [("yes", "Yes"), ("no", "No")]
CHANNELS = [("either", "Either is fine"), ("voice", "Voice (calls)"), ("non-voice", "Non-voice")]


class FitForm(forms.Form):
    """Where you are now, what you want, and what you can't do."""

    background = forms.ModelChoiceField(
        queryset=Background.objects.published(),
        to_field_name="slug",
        widget=forms.RadioSelect,
        empty_label=None,
        label="Where are you now?",
        error_messages={"invalid_choice": "Choose one of the backgrounds listed."},
    )
    current_role = role_field(
        "Your current BPO role (if you already work in BPO)",
        "Choose one of the roles listed.",
        required=False,
    )
    goal = Goal(label="What do you want in three to five years?")
    nights = forms.ChoiceField(
        choices=YES_NO, widget=forms.RadioSelect, label="Can you work night shifts?"
    )
    home = forms.ChoiceField(
        choices=YES_NO, widget=forms.RadioSelect, label="Do you need to work from home?"
    )
    channel = forms.ChoiceField(
        choices=CHANNELS, widget=forms.RadioSelect, initial="either", label="Calls or not?"
    )

    def clean(self):
        data = super().clean()
        background = data.get("background")
        if background and background.in_bpo and not data.get("current_role"):
            self.add_error("current_role", "Pick the role you do now, to see where it leads.")
        return data


LEVELS = [("0", "Not yet"), ("1", "Some"), ("2", "Confident"), ("3", "Strong")]


def rating_form(skills, data=None) -> forms.Form:
    """One radio group per offered skill (`r-<slug>`); anything else posted is refused."""
    fields = {
        f"r-{skill.slug}": forms.ChoiceField(
            choices=LEVELS, widget=forms.RadioSelect, required=False, label=skill.name
        )
        for skill in skills
    }

    class RatingForm(forms.Form):
        def clean(self):
            extra = [key for key in (self.data or {}) if key.startswith("r-")]
            unknown = sorted(set(extra) - set(self.fields))
            if unknown:
                raise forms.ValidationError(
                    "We only ask about the skills listed; refusing ratings for others."
                )
            return super().clean()

        def ratings(self) -> dict[str, int]:
            return {
                name[2:]: int(value) for name, value in self.cleaned_data.items() if value != ""
            }

    form_class = type("RatingForm", (RatingForm,), fields)
    return form_class(data)


class _OutsideFirst(forms.models.ModelChoiceIterator):
    """The roles, with "I'm not in BPO yet" offered first."""

    def __iter__(self):
        yield ("", self.field.empty_label)
        yield (OUTSIDE, OUTSIDE_LABEL)
        for obj in self.queryset:
            yield self.choice(obj)

    def __len__(self):
        return self.queryset.count() + 2


class StartField(forms.ModelChoiceField):
    """A starting role, or OUTSIDE for someone not in BPO yet."""

    iterator = _OutsideFirst

    def to_python(self, value):
        return OUTSIDE if value == OUTSIDE else super().to_python(value)


class RouteForm(forms.Form):
    start = StartField(
        queryset=Role.objects.published().only("id", "slug", "name", "status"),
        to_field_name="slug",
        widget=LongSelect,
        label="From",
        error_messages={"invalid_choice": "We don't know that starting role."},
    )
    target = role_field("To", "We don't know that target role.")
    first = forms.ModelChoiceField(
        queryset=Role.objects.published().filter(level=Level.ENTRY),
        to_field_name="slug",
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "We don't know that first job."},
    )

    def add_prefix(self, field_name):
        # The shareable URL says ?from=…&to=… ("from" is a Python keyword, not a field name).
        return {"start": "from", "target": "to"}.get(field_name, field_name)

    @property
    def outside(self) -> bool:
        return self.cleaned_data.get("start") == OUTSIDE

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("start") == data.get("target"):
            raise forms.ValidationError("Pick two different roles: you are already there.")
        return data


class SavePlanForm(RouteForm):
    """'Make this my plan' on a route: the route (quickest or the other) and a target date."""

    route = forms.TypedChoiceField(choices=[("0", "quickest"), ("1", "other")], coerce=int)
    target_date = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}),
        label="Target date",
        error_messages={"invalid": "Enter a date like 2028-03-31."},
    )

    hired_by = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        label="Hired by",
        error_messages={"invalid": "Enter a date like 2027-03-31."},
    )

    def clean_target_date(self):
        return future_date(self.cleaned_data["target_date"])

    def clean_hired_by(self):
        day = self.cleaned_data["hired_by"]
        return None if day is None else future_date(day)

    def clean(self):
        data = super().clean()
        if not self.outside:
            data["hired_by"] = None
            return data
        if data.get("first") is None and "first" not in self.errors:
            self.add_error("first", "Pick the first job to apply for.")
        hired_by, target_date = data.get("hired_by"), data.get("target_date")
        if data.get("first") and data.get("first") == data.get("target"):
            # The first job is the target: one date, which carries its own message if wrong.
            data["hired_by"] = target_date
        elif "hired_by" in self.errors:
            pass
        elif hired_by is None:
            self.add_error("hired_by", "Pick the date you want to be hired by.")
        elif target_date and hired_by > target_date:
            self.add_error("hired_by", "Pick a hiring date before the target date.")
        return data


def future_date(day: datetime.date) -> datetime.date:
    today = timezone.localdate()
    if day <= today:
        raise forms.ValidationError("Pick a date in the future.")
    if day > today + datetime.timedelta(days=round(365.25 * MAX_PLAN_YEARS)):
        raise forms.ValidationError(f"Pick a date within {MAX_PLAN_YEARS} years.")
    return day


class TickForm(forms.Form):
    key = forms.CharField(max_length=120)
    done = forms.BooleanField(required=False)
    note = forms.CharField(
        max_length=300,
        required=False,
        error_messages={"max_length": "Keep the note to 300 characters (it has %(show_value)d)."},
    )


class SetbackForm(forms.Form):
    """The rejection debrief: which stage, when, and when the job seeker means to try again."""

    stage = forms.ChoiceField(
        choices=Stage.choices,
        label="The stage you did not pass",
        error_messages={"invalid_choice": "Choose one of the stages listed."},
    )
    failed_on = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}),
        label="When",
        error_messages={"invalid": "Enter a date like 2026-11-30."},
    )
    retry_on = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}),
        label="Try again by",
        help_text="Ask the recruiter when you may apply again: employers set their own wait.",
        error_messages={"invalid": "Enter a date like 2027-02-28."},
    )

    def clean_failed_on(self):
        day = self.cleaned_data["failed_on"]
        today = timezone.localdate()
        if day > today:
            raise forms.ValidationError("That date is still to come: pick the day it happened.")
        if day < today - datetime.timedelta(days=366):
            raise forms.ValidationError("Pick a date within the last year.")
        return day

    def clean_retry_on(self):
        return future_date(self.cleaned_data["retry_on"])
