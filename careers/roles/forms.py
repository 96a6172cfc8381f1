from django import forms

from careers.roles.models import Channel, Industry, Level, Office


def _choices(enum):
    return [("", "Any"), *enum.choices]


class RoleFilterForm(forms.Form):
    """The /roles/ filters. A bad value is dropped (and reported), never an error page."""

    office = forms.ChoiceField(choices=_choices(Office), required=False)
    channel = forms.ChoiceField(choices=_choices(Channel), required=False)
    level = forms.ChoiceField(choices=_choices(Level), required=False)
    industry = forms.ChoiceField(choices=_choices(Industry), required=False)

    def filters(self) -> dict[str, str]:
        """The valid filter values; invalid ones are left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
