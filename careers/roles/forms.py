from django import forms

from careers.roles.careermap import TRACKS
from careers.roles.models import Channel, Industry, Level, Office


def _choices(enum):
    return [("", "Any"), *enum.choices]


class FilterForm(forms.Form):
    """A list page's filters. A bad value is dropped (and reported), never an error page."""

    def filters(self) -> dict[str, str]:
        """The valid filter values; invalid ones are left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class RoleFilterForm(FilterForm):
    """The /roles/ filters."""

    office = forms.ChoiceField(choices=_choices(Office), required=False)
    channel = forms.ChoiceField(choices=_choices(Channel), required=False)
    level = forms.ChoiceField(choices=_choices(Level), required=False)
    industry = forms.ChoiceField(choices=_choices(Industry), required=False)
    # Only from a link (a certification's "all the roles it helps in"), so no select for it.
    certification = forms.SlugField(max_length=80, required=False, widget=forms.HiddenInput)


class LadderFilterForm(FilterForm):
    """The career map's filters: one track, one level, or both."""

    track = forms.ChoiceField(choices=[("", "Every track"), *TRACKS.items()], required=False)
    level = forms.ChoiceField(choices=[("", "Every level"), *Level.choices], required=False)
