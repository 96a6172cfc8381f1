from django import forms

from careers.common.widgets import LongSelect
from careers.resumes.matcher import MAX_AD_LENGTH
from careers.roles.models import Role


class RoleField(forms.ModelChoiceField):
    """A select of published roles by slug (there may be 500): only what an option shows."""

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Role.objects.published().only("id", "slug", "name", "status"),
            to_field_name="slug",
            widget=LongSelect,
            error_messages={"invalid_choice": "Choose one of the roles in the list."},
            **kwargs,
        )


class RoleChoiceForm(forms.Form):
    role = RoleField(label="Target role", empty_label="Choose a role…")


class AdForm(forms.Form):
    text = forms.CharField(
        label="The job ad",
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=MAX_AD_LENGTH,
        help_text=f"Paste the whole ad as plain text, up to {MAX_AD_LENGTH:,} characters. "
        "Nothing is stored unless you press “Save this ad”.",
        error_messages={
            "required": "Paste the text of a job ad first.",
            "max_length": "That is longer than %(limit_value)s characters (it has "
            "%(show_value)s). Paste just the job description and requirements.",
        },
    )
    role = RoleField(
        label="Build the checklist for",
        required=False,
        empty_label="The closest role we find",
    )


class SaveAdForm(AdForm):
    title = forms.CharField(
        label="Name this ad",
        max_length=120,
        help_text="For example the company and job title, so you can find it on your page.",
    )


class TickForm(forms.Form):
    key = forms.CharField(max_length=120)
    done = forms.BooleanField(required=False)
    note = forms.CharField(max_length=500, required=False, strip=True)
